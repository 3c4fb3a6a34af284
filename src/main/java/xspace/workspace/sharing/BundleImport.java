package xspace.workspace.sharing;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * One import of a bundle. Everything is read and checked before the database is written: the
 * network, the annotators (none may only look like one here) and every row against {@link RowRules}
 * and {@link BundleLimits}; only then is the state merged, in one transaction. Rows of a module
 * version this workspace does not have are left out and counted: they go to that version or nowhere,
 * never onto another version, whose x-feature of the same index is another concept.
 */
final class BundleImport {

    private final Path zip;
    private final BundleZip.Contents contents;
    private final BundleTarget target;
    private final Instant now;

    private BundleImport(Path zip, BundleTarget target) {
        this.zip = zip;
        this.contents = BundleZip.read(zip);
        this.target = target;
        this.now = target.clock().instant();
    }

    static ImportReport run(WorkspaceDatabase db, Path zip, BundleTarget target) {
        return new BundleImport(zip, target).into(db);
    }

    private ImportReport into(WorkspaceDatabase db) {
        BundleManifest manifest = ManifestReader.read(entry("manifest.json"), text("manifest.json"), now);
        requireSameNetwork(manifest);
        Map<String, String> mismatched = mismatchedModules(manifest);
        Set<String> absent = absentModules(manifest, mismatched.keySet());
        Set<String> skipped = new java.util.HashSet<>(mismatched.keySet());
        skipped.addAll(absent);
        List<String> annotators = BundleAnnotators.read(entry("annotators.json"), text("annotators.json"),
                db.annotators().stream().map(Annotator::name).toList());
        RowRules rules = new RowRules(Set.copyOf(annotators),
                manifest.modules().stream().map(BundleManifest.Module::id).collect(Collectors.toSet()),
                target.byId(), skipped, now);
        List<SharedState.Name> names = BundleTables.parseNames(entry("names.csv"), text("names.csv"), rules);
        List<SharedState.Vote> votes = BundleTables.parseVotes(entry("votes.csv"), text("votes.csv"), rules);
        List<SharedState.Note> notes = BundleTables.parseNotes(entry("notes.csv"), text("notes.csv"), rules);
        List<ImportReport.LeftOut> leftOut = absent.stream().sorted().map(id -> new ImportReport.LeftOut(id,
                fingerprintOf(manifest, id), count(names, SharedState.Name::key, id),
                count(votes, SharedState.Vote::key, id), count(notes, SharedState.Note::key, id))).toList();
        List<SharedState.Name> keptNames = keep(names, SharedState.Name::key, skipped);
        List<SharedState.Vote> keptVotes = keep(votes, SharedState.Vote::key, skipped);
        List<SharedState.Note> keptNotes = keep(notes, SharedState.Note::key, skipped);
        SharedState incoming = new SharedState(withEntries(annotators, keptNames, keptVotes, keptNotes), keptNames,
                keptVotes, keptNotes);
        List<String> skippedModules = mismatched.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList();
        int skippedEntries = names.size() + votes.size() + notes.size() - keptNames.size() - keptVotes.size()
                - keptNotes.size() - leftOut.stream().mapToInt(ImportReport.LeftOut::entries).sum();
        return new ImportReport(manifest, db.merge(incoming), skippedModules, skippedEntries, leftOut,
                contents.ignored());
    }

    /**
     * The bundle's annotators that something merged is by, in the bundle's order: one whose every
     * entry was left out (or who has none) would be a name in this workspace with nothing of theirs.
     */
    private static List<String> withEntries(List<String> annotators, List<SharedState.Name> names,
            List<SharedState.Vote> votes, List<SharedState.Note> notes) {
        Set<String> by = new java.util.HashSet<>();
        names.forEach(n -> by.add(n.annotator()));
        votes.forEach(v -> by.add(v.annotator()));
        notes.forEach(n -> by.add(n.annotator()));
        return annotators.stream().filter(by::contains).toList();
    }

    /** The bundle's modules this workspace does not have. */
    private Set<String> absentModules(BundleManifest manifest, Set<String> mismatched) {
        Map<String, WorkspaceModule> here = target.byId();
        return manifest.modules().stream().map(BundleManifest.Module::id)
                .filter(id -> !here.containsKey(id) && !mismatched.contains(id))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static String fingerprintOf(BundleManifest manifest, String id) {
        return manifest.modules().stream().filter(m -> m.id().equals(id)).findFirst()
                .map(BundleManifest.Module::fingerprint).orElse(null);
    }

    private static <T> int count(List<T> entries, Function<T, XFeatureKey> key, String moduleId) {
        return (int) entries.stream().filter(e -> key.apply(e).moduleId().equals(moduleId)).count();
    }

    private BundleEntry entry(String name) {
        return new BundleEntry(zip, name);
    }

    private String text(String name) {
        return contents.require(zip, name);
    }

    private void requireSameNetwork(BundleManifest manifest) {
        String cnnFingerprint = target.cnnFingerprint();
        if (cnnFingerprint == null || cnnFingerprint.isBlank()) {
            throw new WorkspaceException("cannot import " + Shown.path(zip) + ": this workspace's network has no"
                    + " fingerprint, so the bundle (network " + manifest.cnnFingerprint() + ") cannot be checked"
                    + " against it");
        }
        if (!cnnFingerprint.equals(manifest.cnnFingerprint())) {
            throw new WorkspaceException(Shown.path(zip) + ": made for another network (its fingerprint "
                    + manifest.cnnFingerprint() + ", this workspace's network " + cnnFingerprint
                    + "); nothing was imported");
        }
    }

    /** Modules whose fingerprints are known on both sides and differ, with both fingerprints. */
    private Map<String, String> mismatchedModules(BundleManifest manifest) {
        Map<String, WorkspaceModule> here = target.byId();
        Map<String, String> mismatched = new TreeMap<>();
        for (BundleManifest.Module m : manifest.modules()) {
            String local = here.containsKey(m.id()) ? here.get(m.id()).fingerprint() : null;
            if (m.fingerprint() != null && local != null && !local.equals(m.fingerprint())) {
                mismatched.put(m.id(), "bundle " + m.fingerprint() + ", here " + local);
            }
        }
        return mismatched;
    }

    /** The entries whose module is not one of the skipped. */
    private static <T> List<T> keep(List<T> entries, Function<T, XFeatureKey> key, Set<String> skipped) {
        return entries.stream().filter(e -> !skipped.contains(key.apply(e).moduleId()))
                .collect(Collectors.toCollection(ArrayList::new));
    }
}
