package xspace.workspace.sharing;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Timestamps;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * Exports a workspace's names, votes and notes as a bundle and imports a colleague's. A bundle
 * is refused unless it was made for the same network; entries for an explanation module that is
 * a different one here (another fingerprint) are left out and reported.
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
     * Merges the bundle into the database (see {@link WorkspaceDatabase#merge}), all or nothing.
     *
     * @param cnnFingerprint     fingerprint of this workspace's network; the bundle's must equal it
     * @param moduleFingerprints fingerprints of this workspace's explanation modules by id, where known
     */
    public static ImportReport importInto(WorkspaceDatabase db, Path zip, String cnnFingerprint,
            Map<String, String> moduleFingerprints) {
        BundleZip.Contents contents = BundleZip.read(zip);
        BundleManifest manifest = manifest(zip, contents.require(zip, "manifest.json"));
        if (cnnFingerprint == null || cnnFingerprint.isBlank()) {
            throw new WorkspaceException("cannot import " + zip + ": this workspace's network has no fingerprint,"
                    + " so the bundle (network " + manifest.cnnFingerprint() + ") cannot be checked against it");
        }
        if (!cnnFingerprint.equals(manifest.cnnFingerprint())) {
            throw new WorkspaceException(zip + ": made for another network (its fingerprint "
                    + manifest.cnnFingerprint() + ", this workspace's network " + cnnFingerprint
                    + "); nothing was imported");
        }
        Map<String, String> mismatched = mismatchedModules(manifest, moduleFingerprints);
        SharedState incoming = withoutModules(new SharedState(annotators(zip, contents),
                BundleTables.parseNames(contents.require(zip, "names.csv")),
                BundleTables.parseVotes(contents.require(zip, "votes.csv")),
                BundleTables.parseNotes(contents.require(zip, "notes.csv"))), mismatched.keySet());
        List<String> skipped = mismatched.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList();
        return new ImportReport(manifest, db.merge(incoming), skipped, contents.ignored());
    }

    private static BundleManifest manifest(Path zip, String json) {
        BundleManifest manifest;
        try {
            manifest = GSON.fromJson(json, BundleManifest.class);
        } catch (JsonParseException e) {
            throw new WorkspaceException(zip + ": manifest.json is not readable (" + e.getMessage() + ")", e);
        }
        if (manifest == null || !BundleManifest.FORMAT.equals(manifest.format())) {
            throw new WorkspaceException(zip + ": not an XSpace sharing bundle (manifest.json has no format \""
                    + BundleManifest.FORMAT + "\")");
        }
        if (manifest.formatVersion() > BundleManifest.VERSION) {
            throw new WorkspaceException(zip + ": made by a newer XSpace (bundle format " + manifest.formatVersion()
                    + "; this XSpace reads up to " + BundleManifest.VERSION + ")");
        }
        return manifest;
    }

    private static List<String> annotators(Path zip, BundleZip.Contents contents) {
        try {
            List<AnnotatorEntry> entries = GSON.fromJson(contents.require(zip, "annotators.json"),
                    new TypeToken<List<AnnotatorEntry>>() { }.getType());
            return entries == null ? List.of() : entries.stream().map(AnnotatorEntry::name)
                    .filter(Objects::nonNull).toList();
        } catch (JsonParseException e) {
            throw new WorkspaceException(zip + ": annotators.json is not readable (" + e.getMessage() + ")", e);
        }
    }

    /** Modules whose fingerprints are known on both sides and differ, with both fingerprints. */
    private static Map<String, String> mismatchedModules(BundleManifest manifest, Map<String, String> local) {
        Map<String, String> mismatched = new TreeMap<>();
        for (BundleManifest.Module m : manifest.modules()) {
            String here = local.get(m.id());
            if (m.fingerprint() != null && here != null && !here.equals(m.fingerprint())) {
                mismatched.put(m.id(), "bundle " + m.fingerprint() + ", here " + here);
            }
        }
        return mismatched;
    }

    private static SharedState withoutModules(SharedState state, Set<String> modules) {
        if (modules.isEmpty()) {
            return state;
        }
        return new SharedState(state.annotators(),
                keep(state.names(), SharedState.Name::key, modules),
                keep(state.votes(), SharedState.Vote::key, modules),
                keep(state.notes(), SharedState.Note::key, modules));
    }

    private static <T> List<T> keep(List<T> entries, java.util.function.Function<T, XFeatureKey> key,
            Set<String> skipped) {
        return entries.stream().filter(e -> !skipped.contains(key.apply(e).moduleId()))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
