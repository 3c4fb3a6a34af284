package xspace.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xspace.explain.ExplanationMethod;

/**
 * Where explanation modules live in a workspace, defined here only: {@code models/modules/METHOD/}
 * holds each version of a class's module as {@code class-NNN@FINGERPRINT.zip} (with its JSON copy
 * beside it) and {@code class-NNN.current} naming the version in use; {@code class-NNN.zip} is the
 * one module file per class that earlier releases wrote and overwrote, now one version among others.
 */
public final class ModuleLayout {

    private static final Pattern FILE = Pattern.compile("class-(\\d{3,})(?:@([0-9a-f]{16}))?\\.zip");

    private final Path dir;

    ModuleLayout(Path modulesDir) {
        this.dir = modulesDir;
    }

    /** A module file's method folder name, class and, for versions saved by this release, fingerprint. */
    public record FileName(int classIndex, Optional<String> fingerprint) {
    }

    public Path dir() {
        return dir;
    }

    public Path methodDir(ExplanationMethod method) {
        return dir.resolve(method.name().toLowerCase(Locale.ROOT));
    }

    /** The file of one version of the class's module. */
    public Path versionFile(ExplanationMethod method, int classIndex, String fingerprint) {
        return methodDir(method).resolve(String.format(Locale.ROOT, "class-%03d@%s.zip", classIndex, fingerprint));
    }

    /** The single module file of a class written by earlier releases. */
    public Path earlierReleaseFile(ExplanationMethod method, int classIndex) {
        return methodDir(method).resolve(String.format(Locale.ROOT, "class-%03d.zip", classIndex));
    }

    /** The file naming the version of the class's module in use. */
    public Path currentFile(ExplanationMethod method, int classIndex) {
        return methodDir(method).resolve(String.format(Locale.ROOT, "class-%03d.current", classIndex));
    }

    /** The class and fingerprint in a module file's name; empty for other files. */
    public static Optional<FileName> parse(Path file) {
        Matcher m = FILE.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new FileName(Integer.parseInt(m.group(1)), Optional.ofNullable(m.group(2))));
    }
}
