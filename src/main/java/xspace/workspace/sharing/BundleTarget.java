package xspace.workspace.sharing;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an imported bundle is checked against: the workspace's network (the bundle's must be the
 * same), the module versions it has (rows for others are left out and reported: an x-feature index
 * means nothing on another version, so nothing of one version is ever merged onto another) and the
 * time now (entries dated later are refused: a time in the future would win every merge from then on).
 */
public record BundleTarget(String cnnFingerprint, List<WorkspaceModule> modules, Clock clock) {

    public BundleTarget {
        modules = List.copyOf(modules);
    }

    /** The modules by id. */
    Map<String, WorkspaceModule> byId() {
        Map<String, WorkspaceModule> byId = new LinkedHashMap<>();
        modules.forEach(m -> byId.put(m.id(), m));
        return byId;
    }
}
