package xspace.workspace.session;

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
import xspace.workspace.VersionOverview;

/**
 * The explanation modules a workspace holds, every version of each with what it held when the
 * workspace opened (names, votes, notes); the current version of a method and class is the one the
 * views show, loaded on first use.
 */
public final class ModuleCatalog {

    private final CnnInfo cnn;
    private final Map<ExplanationMethod, TreeMap<Integer, List<VersionOverview.Row>>> rows =
            new EnumMap<>(ExplanationMethod.class);
    private final Map<String, ExplanationModule> loaded = new ConcurrentHashMap<>();

    public ModuleCatalog(VersionOverview overview, CnnInfo cnn) {
        this.cnn = cnn;
        for (VersionOverview.Row row : overview.rows()) {
            if (row.method() != null) {
                rows.computeIfAbsent(row.method(), k -> new TreeMap<>())
                        .computeIfAbsent(row.classIndex(), k -> new ArrayList<>()).add(row);
            }
        }
    }

    /** The methods with at least one module, in the enum's order. */
    public List<ExplanationMethod> methods() {
        return rows.keySet().stream().filter(m -> !classes(m).isEmpty()).toList();
    }

    /** The classes a method has modules for, ascending. */
    public List<Integer> classes(ExplanationMethod method) {
        return rows.getOrDefault(method, new TreeMap<>()).keySet().stream().filter(c -> has(method, c)).toList();
    }

    /** Classes with a module of any method, ascending. */
    public List<Integer> allClasses() {
        TreeSet<Integer> all = new TreeSet<>();
        rows.keySet().forEach(m -> all.addAll(classes(m)));
        return List.copyOf(all);
    }

    public boolean has(ExplanationMethod method, int classIndex) {
        return !versions(method, classIndex).isEmpty();
    }

    /** The versions of a method and class, oldest first. */
    public List<ModuleVersion> versions(ExplanationMethod method, int classIndex) {
        return held(method, classIndex).stream().flatMap(r -> r.version().stream()).toList();
    }

    /**
     * The versions of a method and class with what each held when the workspace opened, then the
     * module ids of that class that hold names or votes but whose file is gone.
     */
    public List<VersionOverview.Row> held(ExplanationMethod method, int classIndex) {
        return rows.getOrDefault(method, new TreeMap<>()).getOrDefault(classIndex, List.of());
    }

    public Optional<ModuleVersion> current(ExplanationMethod method, int classIndex) {
        return versions(method, classIndex).stream().filter(ModuleVersion::current).findFirst();
    }

    /** Loads (once) the current version; empty when the workspace has none for that method and class. */
    public Optional<ExplanationModule> module(ExplanationMethod method, int classIndex) {
        return current(method, classIndex)
                .map(v -> loaded.computeIfAbsent(v.id(), k -> ModuleStore.load(v.file(), cnn)));
    }
}
