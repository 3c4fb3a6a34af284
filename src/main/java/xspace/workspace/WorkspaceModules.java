package xspace.workspace;

import java.util.List;
import xspace.workspace.sharing.WorkspaceModule;

/**
 * Every version of every explanation module a workspace holds, as sharing sees them: version id,
 * class, number of x-features and fingerprint. Only the descriptions are read (a module saved
 * before fingerprints were recorded is read once, see {@link ModuleVersions}).
 */
public final class WorkspaceModules {

    private WorkspaceModules() {
    }

    /** Each version's fingerprint by id, for a bundle's manifest. */
    public static java.util.Map<String, String> fingerprints(Workspace workspace) {
        java.util.Map<String, String> fingerprints = new java.util.TreeMap<>();
        workspace.modules().all().forEach(v -> fingerprints.put(v.id(), v.fingerprint()));
        return fingerprints;
    }

    public static List<WorkspaceModule> of(Workspace workspace) {
        return workspace.modules().all().stream()
                .map(v -> new WorkspaceModule(v.id(), v.classIndex(), v.info().n(), v.fingerprint())).toList();
    }
}
