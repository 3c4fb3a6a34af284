package xspace.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import xspace.engine.AtomicFiles;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleFingerprint;
import xspace.explain.ModuleStore;

/**
 * The versions of the explanation modules in a workspace ({@link ModuleLayout}): listed from the
 * module files, numbered oldest first per method and class, one of them current. Saving a module
 * never overwrites one: retraining adds a version beside the others and makes it current, so the
 * names and votes of the earlier version stay with the module they were given to.
 */
public final class ModuleVersions {

    private final ModuleLayout layout;

    ModuleVersions(ModuleLayout layout) {
        this.layout = layout;
    }

    /** The versions found and the module files that could not be read as one, each with the reason. */
    public record Scan(List<ModuleVersion> versions, List<String> problems) {
    }

    /**
     * A saved module's version, and whether the save added it (false: the same weights were there);
     * the version says whether it is now current.
     */
    public record Saved(ModuleVersion version, boolean added) {
    }

    public ModuleLayout layout() {
        return layout;
    }

    /** Every readable version, by method, class and number. */
    public List<ModuleVersion> all() {
        return scan().versions();
    }

    /** Every version and every module file that is not a readable one. */
    public Scan scan() {
        List<ModuleVersion> versions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (ExplanationMethod method : ExplanationMethod.values()) {
            for (int classIndex : classesOnDisk(method)) {
                ClassVersions found = ClassVersions.read(layout, method, classIndex);
                versions.addAll(found.versions());
                problems.addAll(found.problems());
            }
        }
        return new Scan(versions, problems);
    }

    /** The class's versions, oldest first. */
    public List<ModuleVersion> of(ExplanationMethod method, int classIndex) {
        return ClassVersions.read(layout, method, classIndex).versions();
    }

    /** The version in use: the one chosen last ({@link #use}, or a training), else the newest. */
    public Optional<ModuleVersion> current(ExplanationMethod method, int classIndex) {
        return of(method, classIndex).stream().filter(ModuleVersion::current).findFirst();
    }

    /** The version in use, or a refusal saying how to train one. */
    public ModuleVersion requireCurrent(ExplanationMethod method, int classIndex) {
        return current(method, classIndex).orElseThrow(() -> new WorkspaceException("no " + method + " module for class "
                + classIndex + " in " + layout.methodDir(method) + "; train it with 'xspace explain train'"));
    }

    /** The class's version that {@code ref} names: v2, a version id or (a unique beginning of) a fingerprint. */
    public ModuleVersion find(String ref, ExplanationMethod method, int classIndex) {
        return VersionReference.resolve(ref, of(method, classIndex), "the " + method + " modules of class " + classIndex);
    }

    /** The version, of any method and class, that a version id or (a unique beginning of) a fingerprint names. */
    public ModuleVersion find(String ref) {
        return VersionReference.resolve(ref, all(), "the modules of this workspace");
    }

    /** Makes the version the one in use for its method and class. */
    public void use(ModuleVersion version) throws IOException {
        AtomicFiles.writeString(layout.currentFile(version.method(), version.classIndex()), version.id() + "\n");
    }

    /**
     * Saves a trained module as a new version beside the class's others and makes it current. A
     * module with the same weights as a version already there is not written again; that version
     * becomes current. A degenerate module never displaces a current one that is not: the version
     * the experts see and name stays, and the new one waits beside it for {@code explain use}.
     */
    public Saved save(ExplanationModule module) throws IOException {
        ExplanationMethod method = module.info().method();
        int classIndex = module.info().classIndex();
        String fingerprint = ModuleFingerprint.of(module.info(), module.parameters());
        boolean present = of(method, classIndex).stream().anyMatch(v -> v.fingerprint().equals(fingerprint));
        if (!present) {
            Path file = layout.versionFile(method, classIndex, fingerprint);
            Files.createDirectories(file.getParent());
            ModuleStore.save(module, file);
        }
        ModuleVersion saved = of(method, classIndex).stream().filter(v -> v.fingerprint().equals(fingerprint))
                .findFirst().orElseThrow();
        Optional<ModuleVersion> kept = current(method, classIndex)
                .filter(current -> module.info().degenerate() && !current.info().degenerate());
        if (kept.isPresent() && !kept.get().fingerprint().equals(fingerprint)) {
            return new Saved(saved.asCurrent(false), !present);
        }
        use(saved);
        return new Saved(saved.asCurrent(true), !present);
    }

    /** What the version-choosing file of a class names, if anything. */
    static Optional<String> chosen(ModuleLayout layout, ExplanationMethod method, int classIndex) {
        Path file = layout.currentFile(method, classIndex);
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
                    : Optional.empty();
        } catch (IOException e) {
            throw new WorkspaceException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private List<Integer> classesOnDisk(ExplanationMethod method) {
        Path folder = layout.methodDir(method);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(ModuleLayout::parse).flatMap(Optional::stream).map(ModuleLayout.FileName::classIndex)
                    .distinct().sorted(Comparator.naturalOrder()).toList();
        } catch (IOException e) {
            throw new WorkspaceException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
