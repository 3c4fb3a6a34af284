package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What each module id holds, the one-time assignment of earlier keys, and names carried between versions. */
class ModuleKeysTest {

    private static final String V1 = "srae-class-012@1111111111111111";
    private static final String V2 = "srae-class-012@2222222222222222";

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHasNoEarlierKeysToAssign() {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            assertThat(db.moduleKeys().earlierKeysAssigned()).isTrue();
            assertThat(db.moduleKeys().held()).isEmpty();
        }
    }

    @Test
    void earlierKeysAreAssignedOnceInOneTransactionKeepingHistoriesAndTheOldKey() throws Exception {
        XFeatureKey old = new XFeatureKey("srae-class-012", 12, 0);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, SteppingClock.startingAt("2024-05-01T10:00:00Z"),
                Migrations.ALL.subList(0, 2))) {
            Annotator ann = db.addAnnotator("Ann");
            db.setName(old, ann, "breast");
            db.setName(old, ann, "chest");
            db.castVote(old, ann, Trust.TRUST);
            db.setNote(old, ann, "orange");
            db.setName(new XFeatureKey("nn-class-003", 3, 1), ann, "wing");
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            ModuleKeys keys = db.moduleKeys();
            assertThat(keys.earlierKeysAssigned()).isFalse();
            assertThat(keys.held()).extracting(ModuleKeys.Held::moduleId).containsExactly("nn-class-003",
                    "srae-class-012");
            ModuleKeys.Assignment done = keys.assignEarlierKeys(Map.of("srae-class-012", V1), "report", true);
            assertThat(done.done()).isTrue();
            assertThat(done.assigned()).isEqualTo(1);
            XFeatureKey now = new XFeatureKey(V1, 12, 0);
            assertThat(db.nameHistory(now)).extracting(NameChange::name).containsExactly("breast", "chest");
            assertThat(db.tally(now).trust()).isEqualTo(1);
            assertThat(db.notes(now)).hasSize(1);
            assertThat(db.currentName(old)).isEmpty();
            assertThat(db.currentName(new XFeatureKey("nn-class-003", 3, 1))).as("not assigned, kept").contains("wing");
            assertThat(keys.keyChanges()).singleElement().satisfies(c -> {
                assertThat(c.now()).isEqualTo(now);
                assertThat(c.oldModuleId()).isEqualTo("srae-class-012");
            });
            assertThat(keys.assignEarlierKeys(Map.of("nn-class-003", V2), "again", true).done()).isFalse();
            assertThat(keys.assignmentReport()).contains("report");
            assertThat(keys.held()).filteredOn(h -> h.moduleId().equals(V1)).singleElement()
                    .satisfies(h -> assertThat(List.of(h.names(), h.votes(), h.notes())).containsExactly(1, 1, 1));
        }
    }

    @Test
    void anIncompleteAssignmentIsTriedAgain() throws Exception {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, SteppingClock.startingAt("2024-05-01T10:00:00Z"),
                Migrations.ALL.subList(0, 2))) {
            db.setName(new XFeatureKey("srae-class-012", 12, 0), db.addAnnotator("Ann"), "breast");
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            assertThat(db.moduleKeys().assignEarlierKeys(Map.of(), "unreadable", false).done()).isTrue();
            assertThat(db.moduleKeys().earlierKeysAssigned()).isFalse();
            db.moduleKeys().assignEarlierKeys(Map.of("srae-class-012", V1), "read now", true);
            assertThat(db.moduleKeys().earlierKeysAssigned()).isTrue();
            assertThat(db.currentName(new XFeatureKey(V1, 12, 0))).contains("breast");
        }
    }

    @Test
    void anXFeatureTheVersionHeldAlreadyTakesTheOldKeysEntriesAndTheLatestOfEachStaysCurrent() {
        XFeatureKey old = new XFeatureKey("srae-class-012", 12, 0);
        XFeatureKey now = new XFeatureKey(V1, 12, 0);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, SteppingClock.startingAt("2024-05-01T10:00:00Z"),
                Migrations.ALL.subList(0, 2))) {
            Annotator ann = db.addAnnotator("Ann");
            db.castVote(now, ann, Trust.TRUST);
            db.setNote(old, ann, "orange");
            db.castVote(old, ann, Trust.DISTRUST);
            db.retractVote(old, ann);                      // her latest word on the vote: withdrawn
            db.setNote(now, ann, "orange, on adults");      // her latest note
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            ModuleKeys.Assignment done = db.moduleKeys().assignEarlierKeys(Map.of("srae-class-012", V1), "r", true);
            assertThat(done.folded()).containsExactly(old);
            assertThat(db.votes(now)).isEmpty();
            assertThat(db.voteHistory(now)).hasSize(3);
            assertThat(db.notes(now)).extracting(Note::text).containsExactly("orange, on adults");
            assertThat(db.noteHistory(now)).hasSize(2);
            assertThat(db.moduleKeys().held()).extracting(ModuleKeys.Held::moduleId).containsExactly(V1);
        }
    }

    @Test
    void carriedNamesAreTheAnnotatorsOwnOnTheTargetAndNeverReplaceTheirs() {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir, SteppingClock.startingAt("2024-05-01T10:00:00Z"))) {
            Annotator ann = db.addAnnotator("Ann");
            Annotator bob = db.addAnnotator("Bob");
            db.setName(new XFeatureKey(V1, 12, 0), ann, "breast");
            db.setName(new XFeatureKey(V1, 12, 0), bob, "chest");
            db.setName(new XFeatureKey(V1, 12, 1), ann, "beak");
            db.castVote(new XFeatureKey(V1, 12, 0), ann, Trust.TRUST);
            db.setName(new XFeatureKey(V2, 12, 2), bob, "belly");
            NameCarrier.Result result = db.moduleKeys().carryNames(List.of(
                    new NameCarrier.Carry(new XFeatureKey(V1, 12, 0), new XFeatureKey(V2, 12, 2), "matched, r = 0.95"),
                    new NameCarrier.Carry(new XFeatureKey(V1, 12, 1), new XFeatureKey(V2, 12, 0), "mapped by hand")));
            assertThat(result.carried()).extracting(NameCarrier.Named::name).containsExactly("breast", "beak");
            assertThat(result.left()).singleElement().satisfies(n -> {
                assertThat(n.name()).isEqualTo("chest");
                assertThat(n.theirs()).isEqualTo("belly");
            });
            assertThat(db.namesByAnnotator(new XFeatureKey(V2, 12, 2))).containsEntry(ann, "breast")
                    .containsEntry(bob, "belly");
            assertThat(db.votes(new XFeatureKey(V2, 12, 2))).as("votes are not carried").isEmpty();
            assertThat(db.namesByAnnotator(new XFeatureKey(V1, 12, 0))).as("the source keeps its names").hasSize(2);
            assertThat(db.moduleKeys().carryNames(List.of(new NameCarrier.Carry(new XFeatureKey(V1, 12, 1),
                    new XFeatureKey(V2, 12, 0), "again"))).unchanged()).isEqualTo(1);

            // Carried once to x-feature 0, the names of V1's x-feature 1 never go to a second x-feature of V2.
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> db.moduleKeys().carryNames(List.of(
                    new NameCarrier.Carry(new XFeatureKey(V1, 12, 0), new XFeatureKey(V2, 12, 3), "mapped by hand"),
                    new NameCarrier.Carry(new XFeatureKey(V1, 12, 1), new XFeatureKey(V2, 12, 1), "mapped by hand"))))
                    .isInstanceOf(xspace.workspace.WorkspaceException.class)
                    .hasMessageContaining("were carried to x-feature 2 (matched, r = 0.95, carried ");
            assertThat(db.namesByAnnotator(new XFeatureKey(V2, 12, 3))).as("nothing written").isEmpty();
            assertThat(db.namesByAnnotator(new XFeatureKey(V2, 12, 1))).isEmpty();
        }
    }
}
