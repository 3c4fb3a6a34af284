package xspace.app;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.model.CnnInfo;
import xspace.workspace.ModuleVersion;
import xspace.workspace.Workspace;

/**
 * The explanation modules a workspace holds, every version of each, read when the workspace opens;
 * the current version of a method and class is the one the views show, loaded on first use.
 */
final class ModuleCatalog {

    private final CnnInfo cnn;
    private final Map<ExplanationMethod, TreeMap<Integer, List<ModuleVersion>>> versions =
            new EnumMap<>(ExplanationMethod.class);
    private final Map<String, ExplanationModule> loaded = new ConcurrentHashMap<>();

    ModuleCatalog(Workspace workspace, CnnInfo cnn) {
        this.cnn = cnn;
        for (ModuleVersion v : workspace.modules().all()) {
            versions.computeIfAbsent(v.method(), k -> new TreeMap<>())
                    .computeIfAbsent(v.classIndex(), k -> new ArrayList<>()).add(v);
        }
    }

    /** The methods with at least one module, in the enum's order. */
    List<ExplanationMethod> methods() {
        return List.copyOf(versions.keySet());
    }

    /** The classes a method has modules for, ascending. */
    List<Integer> classes(ExplanationMethod method) {
        return List.copyOf(versions.getOrDefault(method, new TreeMap<>()).keySet());
    }

    /** Classes with a module of any method, ascending. */
    List<Integer> allClasses() {
        TreeSet<Integer> all = new TreeSet<>();
        versions.values().forEach(byClass -> all.addAll(byClass.keySet()));
        return List.copyOf(all);
    }

    boolean has(ExplanationMethod method, int classIndex) {
        return !versions(method, classIndex).isEmpty();
    }

    /** The versions of a method and class, oldest first. */
    List<ModuleVersion> versions(ExplanationMethod method, int classIndex) {
        return versions.getOrDefault(method, new TreeMap<>()).getOrDefault(classIndex, List.of());
    }

    Optional<ModuleVersion> current(ExplanationMethod method, int classIndex) {
        return versions(method, classIndex).stream().filter(ModuleVersion::current).findFirst();
    }

    /** Loads (once) the current version; empty when the workspace has none for that method and class. */
    Optional<ExplanationModule> module(ExplanationMethod method, int classIndex) {
        return current(method, classIndex)
                .map(v -> loaded.computeIfAbsent(v.id(), k -> ModuleStore.load(v.file(), cnn)));
    }
}
