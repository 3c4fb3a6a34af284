package xspace.workspace;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import xspace.explain.ModuleInfo;
import xspace.workspace.db.ModuleKeys;
import xspace.workspace.db.WorkspaceDatabase;

/**
 * Upgrades a workspace of an earlier release, once: its names, votes and notes are keyed by a
 * module id per method and class ({@code srae-class-012}), which named whatever module file was
 * there. They are assigned to the version that file holds now, {@code models/modules/srae/class-012.zip}
 * (the only file earlier releases wrote), and keyed by that version from then on. An id without
 * its file keeps its key, and everything on it, and is listed as such; nothing is deleted.
 */
final class EarlierKeys {

    private EarlierKeys() {
    }

    /** Assigns the earlier keys unless that was done; cheap when it was (one read). */
    static void assign(Workspace workspace, WorkspaceDatabase db) {
        ModuleKeys keys = db.moduleKeys();
        if (keys.earlierKeysAssigned()) {
            return;
        }
        TreeSet<String> earlier = new TreeSet<>();
        keys.held().stream().map(ModuleKeys.Held::moduleId).filter(id -> !ModuleInfo.isVersionId(id))
                .forEach(earlier::add);
        Map<String, String> newIds = new TreeMap<>();
        List<String> report = new ArrayList<>();
        boolean complete = true;
        for (String id : earlier) {
            Optional<ModuleLayout.Slot> slot = ModuleLayout.slotOf(id);
            Path file = slot.map(c -> workspace.moduleLayout().earlierReleaseFile(c.method(), c.classIndex()))
                    .orElse(null);
            if (file == null || !Files.isRegularFile(file)) {
                report.add(id + ": kept, no module file " + (file == null ? "for this id" : file.toString()));
                continue;
            }
            Optional<ModuleVersion> version = workspace.modules().of(slot.get().method(), slot.get().classIndex())
                    .stream().filter(v -> v.file().equals(file)).findFirst();
            if (version.isEmpty()) {
                complete = false;
                report.add(id + ": kept for now, " + file + " could not be read as a module");
                continue;
            }
            newIds.put(id, version.get().id());
            report.add(id + " -> " + version.get().id() + " (" + file.getFileName() + ")");
        }
        keys.assignEarlierKeys(newIds, String.join("\n", report), complete);
    }
}
