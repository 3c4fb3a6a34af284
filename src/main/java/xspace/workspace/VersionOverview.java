package xspace.workspace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import xspace.explain.ExplanationMethod;
import xspace.workspace.db.ModuleKeys;
import xspace.workspace.db.WorkspaceDatabase;

/**
 * Which versions of which modules a workspace has, which is current, and what each holds (names,
 * votes, notes); also the module ids that hold some but whose module file is gone (kept, never
 * dropped).
 *
 * @param rows     versions by method, class and number, then the ids without a module file
 * @param problems module files that could not be read as a version, each with why
 */
public record VersionOverview(List<Row> rows, List<String> problems) {

    /**
     * A version, or a module id without its file ({@code version} empty).
     *
     * @param method the method, null when the id does not say
     */
    public record Row(String id, ExplanationMethod method, int classIndex, Optional<ModuleVersion> version, int names,
            int votes, int notes) {

        public boolean holdsAnything() {
            return names + votes + notes > 0;
        }
    }

    /** The overview, of one method and one class when they are given (null: all). */
    public static VersionOverview of(Workspace workspace, WorkspaceDatabase db, ExplanationMethod method,
            Integer classIndex) {
        ModuleVersions.Scan scan = workspace.modules().scan();
        Map<String, ModuleKeys.Held> held = new HashMap<>();
        db.moduleKeys().held().forEach(h -> held.put(h.moduleId(), h));
        List<Row> rows = new ArrayList<>();
        Set<String> versions = new HashSet<>();
        for (ModuleVersion v : scan.versions()) {
            versions.add(v.id());
            if (wanted(v.method(), v.classIndex(), method, classIndex)) {
                ModuleKeys.Held h = held.get(v.id());
                rows.add(new Row(v.id(), v.method(), v.classIndex(), Optional.of(v), h == null ? 0 : h.names(),
                        h == null ? 0 : h.votes(), h == null ? 0 : h.notes()));
            }
        }
        db.moduleKeys().held().stream().filter(h -> !versions.contains(h.moduleId())).forEach(h -> {
            ExplanationMethod m = ModuleLayout.slotOf(h.moduleId()).map(ModuleLayout.Slot::method).orElse(null);
            if (wanted(m, h.classIndex(), method, classIndex) && !h.isEmpty()) {
                rows.add(new Row(h.moduleId(), m, h.classIndex(), Optional.empty(), h.names(), h.votes(), h.notes()));
            }
        });
        return new VersionOverview(List.copyOf(rows), scan.problems());
    }

    private static boolean wanted(ExplanationMethod m, int c, ExplanationMethod method, Integer classIndex) {
        return (method == null || method == m) && (classIndex == null || classIndex == c);
    }
}
