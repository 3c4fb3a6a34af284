package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.MergeCounts;
import xspace.workspace.db.NameConflict;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.SteppingClock;
import xspace.workspace.db.Trust;
import xspace.workspace.db.VoteChange;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * Exporting from one workspace and importing into another: merged per annotator, the newer entry
 * winning, conflicting names reported; and the bundles that must be refused.
 */
class SharingBundleTest {

    private static final String CNN = "cnn-3f2a";
    private static final String MODULE = "srae-class-012";
    private static final XFeatureKey F0 = new XFeatureKey(MODULE, 12, 0);
    private static final XFeatureKey F1 = new XFeatureKey(MODULE, 12, 1);
    private static final XFeatureKey F2 = new XFeatureKey(MODULE, 12, 2);
    private static final XFeatureKey F3 = new XFeatureKey(MODULE, 12, 3);
    private static final String TRICKY_NAME = "crown, \"red\" and nape";
    private static final String TRICKY_NOTE = "fires on the \"eye\",\r\ntoo";

    @TempDir
    Path dir;

    /** One clock for both workspaces: the order of the calls below is the order in time. */
    private final SteppingClock clock = SteppingClock.startingAt("2024-05-01T10:00:00Z");
    private WorkspaceDatabase mine;
    private WorkspaceDatabase theirs;
    private Path bundle;

    @BeforeEach
    void twoWorkspaces() throws Exception {
        mine = WorkspaceDatabase.open(Files.createDirectory(dir.resolve("mine")), clock);
        theirs = WorkspaceDatabase.open(Files.createDirectory(dir.resolve("theirs")), clock);
        Annotator annHere = mine.addAnnotator("Ann");
        Annotator cy = mine.addAnnotator("Cy");
        Annotator ann = theirs.addAnnotator("Ann");
        Annotator bob = theirs.addAnnotator("Bob");

        mine.castVote(F0, annHere, Trust.DISTRUST);      // older than Ann's vote over there
        theirs.castVote(F0, ann, Trust.TRUST);
        theirs.castVote(F1, ann, Trust.TRUST);
        mine.castVote(F1, annHere, Trust.UNSURE);        // newer than Ann's vote over there
        theirs.castVote(F3, ann, Trust.TRUST);
        mine.castVote(F3, annHere, Trust.TRUST);
        mine.retractVote(F3, annHere);                   // retracted after the vote over there
        theirs.castVote(F0, bob, Trust.DISTRUST);
        theirs.setName(F2, bob, "wing bar");
        mine.setName(F2, cy, "wing band");
        theirs.setName(F0, ann, TRICKY_NAME);
        theirs.setNote(F0, bob, TRICKY_NOTE);
        bundle = dir.resolve("exports/theirs.zip");
        SharingBundle.export(theirs, bundle, CNN, Map.of(MODULE, "module-1"), clock);
    }

    /** This workspace as the import sees it: the network and the one module, of five x-features. */
    static BundleTarget target(String moduleFingerprint) {
        return new BundleTarget(CNN, List.of(new WorkspaceModule(MODULE, 12, 5, moduleFingerprint)),
                Clock.systemUTC());
    }

    @AfterEach
    void close() {
        mine.close();
        theirs.close();
    }

    @Test
    void theBundleHoldsTheFormatsEntries() throws Exception {
        Map<String, byte[]> entries = Zips.read(bundle);
        assertThat(entries).containsOnlyKeys("manifest.json", "annotators.json", "names.csv", "votes.csv",
                "notes.csv");
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        assertThat(manifest).contains("\"format\": \"xspace-sharing-bundle\"", "\"formatVersion\": 2",
                "\"cnnFingerprint\": \"cnn-3f2a\"", "\"id\": \"srae-class-012\"", "\"fingerprint\": \"module-1\"");
        assertThat(new String(entries.get("votes.csv"), StandardCharsets.UTF_8)).startsWith(
                "module_id,class_index,feature,annotator,trust,cast_at\r\n");
    }

    @Test
    void importMergesPerAnnotatorNewerWinsAndReportsConflictingNames() {
        ImportReport report = SharingBundle.importInto(mine, bundle, target("module-1"));

        assertThat(report.merge().annotatorsAdded()).isEqualTo(1);
        assertThat(mine.annotators()).extracting(Annotator::name).containsExactly("Ann", "Bob", "Cy");
        Annotator ann = mine.annotator("Ann").orElseThrow();
        Annotator bob = mine.annotator("Bob").orElseThrow();
        // F0: Ann's vote there is newer (replaces), Bob's is new; F1: Ann's vote here is newer (kept);
        // F3: Ann retracted here after voting there (stays retracted).
        assertThat(report.merge().votes()).isEqualTo(new MergeCounts(1, 1, 2, 0));
        assertThat(report.merge().replaced()).singleElement().satisfies(r -> {
            assertThat(r.annotator()).isEqualTo("Ann");
            assertThat(r.key()).isEqualTo(F0);
            assertThat(r.before()).isEqualTo("DISTRUST");
            assertThat(r.after()).isEqualTo("TRUST");
        });
        assertThat(mine.votes(F0)).containsExactly(entry(ann, Trust.TRUST), entry(bob, Trust.DISTRUST));
        assertThat(mine.votes(F1)).containsExactly(entry(ann, Trust.UNSURE));
        assertThat(mine.votes(F3)).isEmpty();
        assertThat(mine.voteHistory(F0)).filteredOn(v -> v.annotator().equals(ann)).extracting(VoteChange::trust)
                .containsExactly(java.util.Optional.of(Trust.DISTRUST), java.util.Optional.of(Trust.TRUST));

        assertThat(report.merge().names()).isEqualTo(new MergeCounts(2, 0, 0, 0));
        assertThat(mine.namesByAnnotator(F0)).containsExactly(entry(ann, TRICKY_NAME));
        assertThat(report.merge().conflicts()).containsExactly(
                new NameConflict(F2, Map.of("Bob", "wing bar", "Cy", "wing band")));
        assertThat(mine.namesByAnnotator(F2)).hasSize(2);

        assertThat(report.merge().notes()).isEqualTo(new MergeCounts(1, 0, 0, 0));
        assertThat(mine.notes(F0)).singleElement().satisfies(n -> {
            assertThat(n.annotator()).isEqualTo(bob);
            assertThat(n.text()).isEqualTo(TRICKY_NOTE);
        });
        assertThat(report.skippedModules()).isEmpty();
        assertThat(report.ignoredEntries()).isEmpty();
        assertThat(report.manifest().cnnFingerprint()).isEqualTo(CNN);
    }

    @Test
    void importingTheSameBundleTwiceChangesNothing() {
        SharingBundle.importInto(mine, bundle, target(null));
        SharedState once = mine.snapshot();
        int history = mine.voteHistory(F0).size();

        ImportReport again = SharingBundle.importInto(mine, bundle, target(null));

        assertThat(mine.snapshot()).isEqualTo(once);
        assertThat(mine.voteHistory(F0)).hasSize(history);
        assertThat(again.merge().annotatorsAdded()).isZero();
        assertThat(again.merge().votes()).isEqualTo(new MergeCounts(0, 0, 2, 2));
        assertThat(again.merge().names()).isEqualTo(new MergeCounts(0, 0, 0, 2));
    }

    @Test
    void aBundleForAnotherNetworkIsRefusedWithBothFingerprints() {
        SharedState before = mine.snapshot();
        BundleTarget otherNetwork = new BundleTarget("cnn-9999", target(null).modules(), Clock.systemUTC());
        assertThatThrownBy(() -> SharingBundle.importInto(mine, bundle, otherNetwork))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining(CNN).hasMessageContaining("cnn-9999").hasMessageContaining("another network");
        assertThat(mine.snapshot()).isEqualTo(before);
    }

    @Test
    void entriesOfADifferentModuleHereAreSkippedAndReported() {
        SharedState before = mine.snapshot();
        ImportReport report = SharingBundle.importInto(mine, bundle, target("module-2"));
        assertThat(report.skippedModules()).containsExactly(MODULE + " (bundle module-1, here module-2)");
        assertThat(report.merge().votes().total() + report.merge().names().total()).isZero();
        assertThat(mine.snapshot().votes()).isEqualTo(before.votes());
    }

    @Test
    void entriesOutsideTheFormatAreNeverReadNorWritten() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.read(bundle));
        entries.put("../evil.txt", "gotcha".getBytes(StandardCharsets.UTF_8));
        entries.put("/tmp/evil.txt", "gotcha".getBytes(StandardCharsets.UTF_8));
        entries.put("sub/../names.csv", "junk".getBytes(StandardCharsets.UTF_8));
        Path tampered = Zips.write(dir.resolve("exports/tampered.zip"), entries);

        ImportReport report = SharingBundle.importInto(mine, tampered, target(null));

        assertThat(report.ignoredEntries()).containsExactly("../evil.txt", "/tmp/evil.txt", "sub/../names.csv");
        assertThat(report.merge().names().added()).isEqualTo(2);
        assertThat(dir.resolve("evil.txt")).doesNotExist();
        assertThat(dir.resolve("exports/evil.txt")).doesNotExist();
        assertThat(dir.resolve("mine/evil.txt")).doesNotExist();
    }

    @Test
    void anOversizedEntryIsRefused() throws Exception {
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.read(bundle));
        entries.put("names.csv", new byte[BundleZip.MAX_ENTRY_BYTES + 1]);
        Path bomb = Zips.write(dir.resolve("bomb.zip"), entries);
        assertThat(Files.size(bomb)).isLessThan(1_000_000);
        assertThatThrownBy(() -> SharingBundle.importInto(mine, bomb, target(null)))
                .hasMessageContaining("names.csv is larger than 32 MiB");
    }

    @Test
    void brokenAndForeignBundlesAreRefused() throws Exception {
        Path garbage = Files.writeString(dir.resolve("garbage.zip"), "not a zip at all");
        assertThatThrownBy(() -> SharingBundle.importInto(mine, garbage, target(null)))
                .hasMessageContaining(garbage + ": not a zip file");

        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.read(bundle));
        entries.remove("votes.csv");
        Path incomplete = Zips.write(dir.resolve("incomplete.zip"), entries);
        assertThatThrownBy(() -> SharingBundle.importInto(mine, incomplete, target(null)))
                .hasMessageContaining("not an XSpace sharing bundle (no votes.csv)");

        entries = new LinkedHashMap<>(Zips.read(bundle));
        String manifest = new String(entries.get("manifest.json"), StandardCharsets.UTF_8);
        entries.put("manifest.json", manifest.replace("\"formatVersion\": 2", "\"formatVersion\": 3")
                .getBytes(StandardCharsets.UTF_8));
        Path newer = Zips.write(dir.resolve("newer.zip"), entries);
        assertThatThrownBy(() -> SharingBundle.importInto(mine, newer, target(null)))
                .hasMessageContaining("made by a newer XSpace (bundle format 3; this XSpace reads up to 2)");
    }

    @Test
    void aBadRowNamesTheTableAndRowAndImportsNothing() throws Exception {
        SharedState before = mine.snapshot();
        Map<String, byte[]> entries = new LinkedHashMap<>(Zips.read(bundle));
        String votes = new String(entries.get("votes.csv"), StandardCharsets.UTF_8);
        entries.put("votes.csv", (votes + "srae-class-012,12,4,Bob,MAYBE,2024-05-01T11:00:00.000Z\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Path bad = Zips.write(dir.resolve("bad.zip"), entries);
        int rows = votes.split("\r\n").length + 1;
        assertThatThrownBy(() -> SharingBundle.importInto(mine, bad, target(null)))
                .hasMessage(bad + ": votes.csv line " + rows
                        + ": trust \"MAYBE\" is not one of TRUST, DISTRUST, UNSURE");
        assertThat(mine.snapshot()).isEqualTo(before);
    }

    @Test
    void exportNeedsTheNetworksFingerprint() {
        assertThatThrownBy(() -> SharingBundle.export(mine, dir.resolve("x.zip"), null, Map.of(), clock))
                .hasMessageContaining("no fingerprint");
        assertThat(dir.resolve("x.zip")).doesNotExist();
        assertThat(List.of(dir.toFile().list())).noneMatch(n -> n.endsWith(".tmp"));
    }
}
