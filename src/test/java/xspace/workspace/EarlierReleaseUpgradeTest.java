package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.explain.ExplanationMethod;
import xspace.explain.ModuleStore;
import xspace.workspace.db.ModuleKeys;
import xspace.workspace.db.NameChange;
import xspace.workspace.db.SteppingClock;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * A workspace made by the previous release (names and votes keyed {@code srae-class-000}) opened
 * by this one: every name, vote and note stays, on the version of the module file there now.
 */
class EarlierReleaseUpgradeTest {

    @TempDir
    Path dir;

    @Test
    void namesVotesAndNotesMoveToTheVersionOfTheModuleFileThereNowAndNothingIsLost() throws Exception {
        Path root = EarlierReleaseFixture.workspace(dir);
        Path file = root.resolve("models/modules/srae/class-000.zip");
        assertThat(ModuleStore.readInfo(file).fingerprint()).as("saved without a fingerprint").isNull();
        Map<String, byte[]> weights = entriesBesidesTheDescription(file);
        String v1 = ModuleStore.loadAnyNetwork(file).info().versionId();
        SharedState before;
        try (WorkspaceDatabase db = WorkspaceDatabase.open(root)) {
            before = db.snapshot();
        }
        assertThat(before.names()).hasSize(4);

        Workspace workspace = Workspace.open(root);
        try (WorkspaceDatabase db = workspace.database()) {
            SharedState after = db.snapshot();
            assertThat(after.annotators()).isEqualTo(before.annotators());
            assertThat(after.names()).hasSameSizeAs(before.names());
            assertThat(after.votes()).hasSameSizeAs(before.votes());
            assertThat(after.notes()).hasSameSizeAs(before.notes());
            XFeatureKey breast = new XFeatureKey(v1, 0, 0);
            assertThat(db.namesByAnnotator(breast).values()).containsExactlyInAnyOrder("breast", "chest");
            assertThat(db.votes(breast).values()).containsOnly(Trust.TRUST);
            assertThat(db.notes(breast)).extracting(n -> n.text()).containsExactly("the orange breast patch");
            assertThat(db.nameHistory(breast)).hasSize(2);
            assertThat(db.distrusted(v1)).extracting(XFeatureKey::feature).containsExactly(2);
            assertThat(db.currentName(new XFeatureKey("srae-class-000", 0, 0))).as("the old key is gone").isEmpty();
            // class-001.zip is gone: its names and votes keep the key they had, and stay listed.
            XFeatureKey tail = new XFeatureKey("srae-class-001", 1, 1);
            assertThat(db.currentName(tail)).contains("tail");
            assertThat(db.votes(tail).values()).containsExactly(Trust.UNSURE);
            assertThat(db.moduleKeys().keyChanges()).extracting(ModuleKeys.KeyChange::oldModuleId)
                    .containsOnly("srae-class-000").hasSize(2);
            assertThat(db.moduleKeys().assignmentReport().orElseThrow())
                    .contains("srae-class-000 -> " + v1).contains("srae-class-001: kept, no module file");
        }
        assertThat(ModuleStore.readInfo(file).versionId()).as("fingerprint recorded").isEqualTo(v1);
        assertThat(entriesBesidesTheDescription(file)).as("weights untouched").containsAllEntriesOf(weights);
        assertThat(workspace.modules().requireCurrent(ExplanationMethod.SRAE, 0).id()).isEqualTo(v1);

        try (WorkspaceDatabase db = workspace.database()) {
            assertThat(db.moduleKeys().keyChanges()).as("assigned once").hasSize(2);
            assertThat(db.namesByAnnotator(new XFeatureKey(v1, 0, 0))).hasSize(2);
        }
    }

    /**
     * Entries given to the version before its earlier key was assigned (written by something that
     * opened the database without the upgrade) were not folded in: the x-feature stayed under the old
     * key, missing from the report, and was listed as "file gone" beside its own file.
     */
    @Test
    void anXFeatureTheVersionHeldAlreadyIsMergedIntoItWithEveryEntry() throws Exception {
        Path root = EarlierReleaseFixture.workspace(dir);
        String v1 = ModuleStore.loadAnyNetwork(root.resolve("models/modules/srae/class-000.zip")).info().versionId();
        XFeatureKey breast = new XFeatureKey(v1, 0, 0);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(root, new SteppingClock(Instant.parse(
                "2024-06-01T10:03:00Z")))) {
            db.setName(breast, db.annotator("Ann").orElseThrow(), "throat");        // after her "breast" at 10:00
            db.castVote(breast, db.annotator("Bob").orElseThrow(), Trust.DISTRUST); // before his TRUST at 10:06
        }

        try (WorkspaceDatabase db = Workspace.open(root).database()) {
            Map<String, String> names = new TreeMap<>();
            db.namesByAnnotator(breast).forEach((a, n) -> names.put(a.name(), n));
            assertThat(names).containsExactly(Map.entry("Ann", "throat"), Map.entry("Bob", "chest"));
            assertThat(db.nameHistory(breast)).extracting(NameChange::name).containsExactly("breast", "throat",
                    "chest");
            assertThat(db.votes(breast).values()).containsExactly(Trust.TRUST, Trust.TRUST);
            assertThat(db.voteHistory(breast)).hasSize(3);
            assertThat(db.notes(breast)).extracting(n -> n.text()).containsExactly("the orange breast patch");
            assertThat(db.moduleKeys().held()).extracting(ModuleKeys.Held::moduleId)
                    .as("nothing left under the old key of a module whose file is here")
                    .doesNotContain("srae-class-000");
            assertThat(db.moduleKeys().assignmentReport().orElseThrow())
                    .contains("srae-class-000/0/0: " + v1 + " had entries on x-feature 0 already; merged");
            assertThat(db.namesByAnnotator(new XFeatureKey(v1, 0, 2)).values()).containsExactly("red beak");
        }
    }

    /** The zip's entries but the description, by name (the description gains the fingerprint). */
    private static Map<String, byte[]> entriesBesidesTheDescription(Path zip) throws Exception {
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipFile file = new ZipFile(zip.toFile())) {
            for (var e : List.copyOf(java.util.Collections.list(file.entries()))) {
                if (!e.getName().equals("xspace-module.json")) {
                    entries.put(e.getName(), file.getInputStream(e).readAllBytes());
                }
            }
        }
        return entries;
    }
}
