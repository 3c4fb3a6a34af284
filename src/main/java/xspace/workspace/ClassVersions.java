package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;
import xspace.explain.ExplanationMethod;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleStore;
import xspace.model.ModelException;

/**
 * The versions of one class's module as found on disk: each file's description read (a module
 * saved before fingerprints were recorded is loaded once to compute its fingerprint, which is then
 * recorded in its description), numbered by creation time, the chosen one marked current.
 */
record ClassVersions(List<ModuleVersion> versions, List<String> problems) {

    static ClassVersions read(ModuleLayout layout, ExplanationMethod method, int classIndex) {
        List<ModuleInfo> infos = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Path file : files(layout, method, classIndex)) {
            try {
                ModuleInfo info = describe(file, method, classIndex);
                if (seen.add(info.fingerprint())) {
                    infos.add(info);
                    files.add(file);
                } else {
                    problems.add(file + ": the same module (fingerprint " + info.fingerprint() + ") as another file");
                }
            } catch (ModelException | WorkspaceException e) {
                problems.add(e.getMessage());
            }
        }
        return new ClassVersions(number(layout, method, classIndex, infos, files), problems);
    }

    private static List<ModuleVersion> number(ModuleLayout layout, ExplanationMethod method, int classIndex,
            List<ModuleInfo> infos, List<Path> files) {
        List<Integer> order = new ArrayList<>(java.util.stream.IntStream.range(0, infos.size()).boxed().toList());
        order.sort(Comparator.comparing((Integer i) -> String.valueOf(infos.get(i).created()))
                .thenComparing(i -> files.get(i).getFileName().toString()));
        Optional<String> chosen = ModuleVersions.chosen(layout, method, classIndex);
        int current = order.isEmpty() ? -1 : order.get(order.size() - 1);
        for (int i : order) {
            if (chosen.isPresent() && (chosen.get().equals(infos.get(i).versionId())
                    || chosen.get().equals(infos.get(i).fingerprint()))) {
                current = i;
            }
        }
        List<ModuleVersion> versions = new ArrayList<>();
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            versions.add(new ModuleVersion(k + 1, files.get(i), infos.get(i), i == current));
        }
        return versions;
    }

    /** The file's description with its fingerprint, checked against the file's name and folder. */
    private static ModuleInfo describe(Path file, ExplanationMethod method, int classIndex) {
        ModuleInfo info = ModuleStore.readInfo(file);
        if (info.fingerprint() == null) {
            info = ModuleStore.loadAnyNetwork(file).info();
            record(file, info);
        }
        Optional<String> named = ModuleLayout.parse(file).flatMap(ModuleLayout.FileName::fingerprint);
        if (info.method() != method || info.classIndex() != classIndex) {
            throw new WorkspaceException(file + ": holds the " + info.method() + " module of class "
                    + info.classIndex() + ", not of the class and method its name and folder say");
        }
        if (named.isPresent() && !named.get().equals(info.fingerprint())) {
            throw new WorkspaceException(file + ": named for fingerprint " + named.get() + " but holds the module with"
                    + " fingerprint " + info.fingerprint());
        }
        return info;
    }

    /** Keeps the computed fingerprint in the file, so that it is computed once; a read-only folder keeps none. */
    private static void record(Path file, ModuleInfo info) {
        try {
            ModuleStore.recordFingerprint(file, info);
        } catch (IOException e) {
            // Computed again next time: listing must not fail because the folder is read-only.
            LoggerFactory.getLogger(ClassVersions.class).debug("fingerprint of {} not recorded: {}", file, e.toString());
        }
    }

    private static List<Path> files(ModuleLayout layout, ExplanationMethod method, int classIndex) {
        Path folder = layout.methodDir(method);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> ModuleLayout.parse(f).map(n -> n.classIndex() == classIndex).orElse(false))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new WorkspaceException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }
}
