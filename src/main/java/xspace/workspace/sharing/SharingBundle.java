package xspace.workspace.sharing;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Timestamps;
import xspace.workspace.db.WorkspaceDatabase;

/**
 * Exports a workspace's names, votes and notes as a bundle and imports a colleague's. A bundle
 * is refused unless it was made for the same network and all of it is sound; entries for an
 * explanation module that is a different one here (another fingerprint) are left out and reported.
 */
public final class SharingBundle {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private record AnnotatorEntry(String name) {
    }

    private SharingBundle() {
    }

    /** Writes the bundle to a path where no file exists yet (see the other overload). */
    public static ExportSummary export(WorkspaceDatabase db, Path zip, String cnnFingerprint,
            Map<String, String> moduleFingerprints, Clock clock) {
        return export(db, zip, false, cnnFingerprint, moduleFingerprints, clock);
    }

    /**
     * Writes the bundle. Refused, before anything is written, for a path inside the workspace
     * folder other than its {@code exports/} and for an existing file, unless {@code replace} is
     * set and the file is a sharing bundle: a workspace's own files and other files are never replaced.
     *
     * @param replace            whether an existing sharing bundle at {@code zip} may be replaced
     * @param moduleFingerprints fingerprints of the explanation modules by id, where known
     */
    public static ExportSummary export(WorkspaceDatabase db, Path zip, boolean replace, String cnnFingerprint,
            Map<String, String> moduleFingerprints, Clock clock) {
        if (cnnFingerprint == null || cnnFingerprint.isBlank()) {
            throw new WorkspaceException("cannot export from " + db.file()
                    + ": the workspace's network has no fingerprint, so no one could check what the votes are about");
        }
        Path target = ExportTarget.check(db.file().toAbsolutePath().getParent(), zip, replace);
        SharedState state = db.snapshot();
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, BundleManifest.VERSION, cnnFingerprint,
                modules(state, moduleFingerprints), Timestamps.format(clock.instant()));
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("manifest.json", GSON.toJson(manifest));
        texts.put("annotators.json", GSON.toJson(state.annotators().stream().map(AnnotatorEntry::new).toList()));
        texts.put("names.csv", BundleTables.names(state.names()));
        texts.put("votes.csv", BundleTables.votes(state.votes()));
        texts.put("notes.csv", BundleTables.notes(state.notes()));
        BundleZip.write(target, texts);
        return new ExportSummary(zip, state.annotators().size(), state.names().size(), state.votes().size(),
                state.notes().size());
    }

    private static List<BundleManifest.Module> modules(SharedState state, Map<String, String> fingerprints) {
        Map<String, String> modules = new TreeMap<>(fingerprints);
        state.names().forEach(n -> modules.putIfAbsent(n.key().moduleId(), null));
        state.votes().forEach(v -> modules.putIfAbsent(v.key().moduleId(), null));
        state.notes().forEach(n -> modules.putIfAbsent(n.key().moduleId(), null));
        return modules.entrySet().stream().map(e -> new BundleManifest.Module(e.getKey(), e.getValue())).toList();
    }

    /**
     * Merges the bundle into the database (see {@link WorkspaceDatabase#merge}), all or nothing,
     * after checking all of it (see {@link BundleImport}).
     *
     * @param target this workspace's network, explanation modules and clock
     */
    public static ImportReport importInto(WorkspaceDatabase db, Path zip, BundleTarget target) {
        return BundleImport.run(db, zip, target);
    }
}
