package xspace.workspace.sharing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an imported bundle is checked against: the workspace's network (the bundle's must be the
 * same), the module versions it has (rows for others are left out and reported, unless mapped),
 * the time now (entries dated later are refused: a time in the future would win every merge from
 * then on) and the mapping a person chose.
 *
 * @param mapping a bundle's module id to the id of a version here that its rows are to be merged
 *                onto, x-feature by x-feature (a person decided they are the same)
 */
public record BundleTarget(String cnnFingerprint, List<WorkspaceModule> modules, Clock clock,
        Map<String, String> mapping) {

    public BundleTarget {
        modules = List.copyOf(modules);
        mapping = Map.copyOf(mapping);
    }

    /** A target without mapping. */
    public BundleTarget(String cnnFingerprint, List<WorkspaceModule> modules, Clock clock) {
        this(cnnFingerprint, modules, clock, Map.of());
    }

    /** The modules by id. */
    Map<String, WorkspaceModule> byId() {
        Map<String, WorkspaceModule> byId = new LinkedHashMap<>();
        modules.forEach(m -> byId.put(m.id(), m));
        return byId;
    }
}
