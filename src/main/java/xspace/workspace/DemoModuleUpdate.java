package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import xspace.engine.AtomicFiles;
import xspace.model.CnnStore;
import xspace.workspace.db.ModuleKeys;
import xspace.workspace.db.WorkspaceDatabase;

/**
 * Brings the modules of a newer release into a demo install that holds the same network: each
 * bundled version that the install lacks is added beside the install's own versions, and becomes
 * the one in use only where the version in use holds no name, vote or note, so that what experts
 * gave stays in front of them (and with the version it was given to, as always).
 */
final class DemoModuleUpdate {

    /** What an update did: versions added, and classes whose version in use was kept for its names or votes. */
    record Outcome(int added, int switched, List<ModuleVersion> keptForExperts) {
    }

    private DemoModuleUpdate() {
    }

    static Outcome apply(DemoAssets assets, Workspace workspace) throws IOException {
        ModuleVersions bundled = new ModuleVersions(new ModuleLayout(assets.modules()));
        ModuleVersions installed = workspace.modules();
        Set<String> heldIds = heldIds(workspace);
        int added = 0;
        int switched = 0;
        List<ModuleVersion> kept = new java.util.ArrayList<>();
        for (ModuleVersion version : bundled.all()) {
            if (!version.current() || find(installed, version).isPresent()) {
                continue;
            }
            copyVersion(version, installed.layout());
            added++;
            Optional<ModuleVersion> inUse = installed.current(version.method(), version.classIndex());
            if (inUse.isPresent() && heldIds.contains(inUse.get().id())) {
                kept.add(inUse.get());
            } else {
                installed.use(find(installed, version).orElseThrow());
                switched++;
            }
        }
        if (added > 0 && kept.isEmpty() && Files.isDirectory(assets.evaluation())) {
            Folders.copyTree(assets.evaluation(), workspace.evaluationDir());
        }
        return new Outcome(added, switched, List.copyOf(kept));
    }

    private static Set<String> heldIds(Workspace workspace) {
        Set<String> ids = new HashSet<>();
        try (WorkspaceDatabase db = workspace.database()) {
            db.moduleKeys().held().stream().filter(h -> !h.isEmpty()).map(ModuleKeys.Held::moduleId).forEach(ids::add);
        }
        return ids;
    }

    /** The install's version with the same weights as a bundled one, if it has it. */
    private static Optional<ModuleVersion> find(ModuleVersions installed, ModuleVersion version) {
        return installed.of(version.method(), version.classIndex()).stream()
                .filter(v -> v.fingerprint().equals(version.fingerprint())).findFirst();
    }

    /** The description first, the module last: a version is listed once its module file is there. */
    private static void copyVersion(ModuleVersion version, ModuleLayout layout) throws IOException {
        Path target = layout.versionFile(version.method(), version.classIndex(), version.fingerprint());
        Files.createDirectories(target.getParent());
        Path info = CnnStore.infoPath(version.file());
        if (Files.isRegularFile(info)) {
            AtomicFiles.copy(info, CnnStore.infoPath(target));
        }
        AtomicFiles.copy(version.file(), target);
    }
}
