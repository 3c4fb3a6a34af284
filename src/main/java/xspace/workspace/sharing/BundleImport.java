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
 * network, the annotators (none may only look like one here) and every row against
 * {@link RowRules} and {@link BundleLimits}; only then is the state merged, in one transaction.
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
        List<String> annotators = BundleAnnotators.read(entry("annotators.json"), text("annotators.json"),
                db.annotators().stream().map(Annotator::name).toList());
        RowRules rules = new RowRules(Set.copyOf(annotators),
                manifest.modules().stream().map(BundleManifest.Module::id).collect(Collectors.toSet()),
                target.byId(), mismatched.keySet(), now);
        SharedState incoming = new SharedState(annotators,
                keep(BundleTables.parseNames(entry("names.csv"), text("names.csv"), rules), SharedState.Name::key,
                        mismatched.keySet()),
                keep(BundleTables.parseVotes(entry("votes.csv"), text("votes.csv"), rules), SharedState.Vote::key,
                        mismatched.keySet()),
                keep(BundleTables.parseNotes(entry("notes.csv"), text("notes.csv"), rules), SharedState.Note::key,
                        mismatched.keySet()));
        List<String> skipped = mismatched.entrySet().stream().map(e -> e.getKey() + " (" + e.getValue() + ")")
                .toList();
        return new ImportReport(manifest, db.merge(incoming), skipped, contents.ignored());
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
