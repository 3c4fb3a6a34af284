package xspace.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xspace.explain.ExplanationMethod;
import xspace.explain.ModuleInfo;

/**
 * Where explanation modules live in a workspace, defined here only: {@code models/modules/METHOD/}
 * holds each version of a class's module as {@code class-NNN@FINGERPRINT.zip} (with its JSON copy
 * beside it) and {@code class-NNN.current} naming the version in use; {@code class-NNN.zip} is the
 * one module file per class that earlier releases wrote and overwrote, now one version among others.
 */
public final class ModuleLayout {

    private static final Pattern FILE = Pattern.compile("class-(\\d{3,})(?:@([0-9a-f]{16}))?\\.zip");
    private static final Pattern MODULE_ID = Pattern.compile("[a-z]+-class-(\\d{3,})");

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

    /** The method and class a module id stands for. */
    public record Slot(ExplanationMethod method, int classIndex) {
    }

    /** {@code srae-class-012} (or a version of it) is the SRAE module of class 12; empty for other ids. */
    public static Optional<Slot> slotOf(String id) {
        Matcher m = MODULE_ID.matcher(ModuleInfo.moduleIdOf(id));
        if (!m.matches()) {
            return Optional.empty();
        }
        int classIndex = Integer.parseInt(m.group(1));
        for (ExplanationMethod method : ExplanationMethod.values()) {
            if (ModuleInfo.idOf(method, classIndex).equals(ModuleInfo.moduleIdOf(id))) {
                return Optional.of(new Slot(method, classIndex));
            }
        }
        return Optional.empty();
    }

    /** Where the file of a version with this id goes in this workspace; empty for an id of another form. */
    public Optional<Path> fileOf(String versionId) {
        if (!ModuleInfo.isVersionId(versionId)) {
            return Optional.empty();
        }
        String fingerprint = versionId.substring(versionId.indexOf('@') + 1);
        return slotOf(versionId).map(s -> versionFile(s.method(), s.classIndex(), fingerprint));
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
