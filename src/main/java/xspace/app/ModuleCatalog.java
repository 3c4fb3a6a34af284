package xspace.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.model.CnnInfo;

/**
 * The explanation modules a workspace holds ({@code models/modules/METHOD/class-NNN.zip}), found
 * by listing the folders and loaded on first use.
 */
final class ModuleCatalog {

    private static final Pattern FILE = Pattern.compile("class-(\\d+)\\.zip");

    private final Path dir;
    private final CnnInfo cnn;
    private final Map<ExplanationMethod, TreeSet<Integer>> trained = new EnumMap<>(ExplanationMethod.class);
    private final Map<String, ExplanationModule> loaded = new ConcurrentHashMap<>();

    ModuleCatalog(Path dir, CnnInfo cnn) throws IOException {
        this.dir = dir;
        this.cnn = cnn;
        for (ExplanationMethod method : ExplanationMethod.values()) {
            Path folder = dir.resolve(method.name().toLowerCase(Locale.ROOT));
            if (Files.isDirectory(folder)) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.map(f -> FILE.matcher(f.getFileName().toString())).filter(Matcher::matches)
                            .forEach(m -> trained.computeIfAbsent(method, k -> new TreeSet<>())
                                    .add(Integer.parseInt(m.group(1))));
                }
            }
        }
    }

    /** The methods with at least one module, in the enum's order. */
    List<ExplanationMethod> methods() {
        return List.copyOf(trained.keySet());
    }

    /** The classes a method has modules for, ascending. */
    List<Integer> classes(ExplanationMethod method) {
        return List.copyOf(trained.getOrDefault(method, new TreeSet<>()));
    }

    /** Classes with a module of any method, ascending. */
    List<Integer> allClasses() {
        TreeSet<Integer> all = new TreeSet<>();
        trained.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    boolean has(ExplanationMethod method, int classIndex) {
        return trained.getOrDefault(method, new TreeSet<>()).contains(classIndex);
    }

    /** Loads (once) the module; empty when the workspace has none for that method and class. */
    Optional<ExplanationModule> module(ExplanationMethod method, int classIndex) {
        if (!has(method, classIndex)) {
            return Optional.empty();
        }
        Path zip = dir.resolve(method.name().toLowerCase(Locale.ROOT)).resolve(String.format("class-%03d.zip", classIndex));
        return Optional.of(loaded.computeIfAbsent(zip.toString(), k -> ModuleStore.load(zip, cnn)));
    }
}
