package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.WorkspaceException;

/** Annotators, names, notes, votes, tallies and results, on hand-worked examples. */
class WorkspaceDatabaseTest {

    private static final XFeatureKey F0 = new XFeatureKey("srae-class-012", 12, 0);
    private static final XFeatureKey F1 = new XFeatureKey("srae-class-012", 12, 1);
    private static final XFeatureKey F2 = new XFeatureKey("srae-class-012", 12, 2);

    @TempDir
    Path dir;

    private WorkspaceDatabase db;
    private Annotator ann;
    private Annotator bob;
    private Annotator cy;

    @BeforeEach
    void open() {
        db = WorkspaceDatabase.open(dir, SteppingClock.startingAt("2024-05-01T10:00:00Z"));
        ann = db.addAnnotator("  Ann ");
        bob = db.addAnnotator("Bob");
        cy = db.addAnnotator("cy");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void annotatorsAreTrimmedUniqueIgnoringCaseAndListedByName() {
        assertThat(ann.name()).isEqualTo("Ann");
        assertThat(db.annotators()).containsExactly(ann, bob, cy);
        assertThatThrownBy(() -> db.addAnnotator("ANN")).isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("\"ANN\" already exists");
        assertThatThrownBy(() -> db.addAnnotator("   ")).hasMessageContaining("must not be empty");
        assertThat(db.annotator("bob")).contains(bob);
    }

    @Test
    void theCurrentNameIsTheLatestByAnyoneAndTheHistoryKeepsEveryChange() {
        assertThat(db.currentName(F0)).isEmpty();
        db.setName(F0, ann, "red crown");      // 10:00:03
        db.setName(F0, bob, "crown");          // 10:00:04
        db.setName(F0, ann, " red head ");     // 10:00:05

        assertThat(db.currentName(F0)).contains("red head");
        assertThat(db.namesByAnnotator(F0)).containsExactly(entry(ann, "red head"), entry(bob, "crown"));
        assertThat(db.nameHistory(F0)).extracting(NameChange::annotator, NameChange::name, NameChange::at)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ann, "red crown", Instant.parse("2024-05-01T10:00:03Z")),
                        org.assertj.core.groups.Tuple.tuple(bob, "crown", Instant.parse("2024-05-01T10:00:04Z")),
                        org.assertj.core.groups.Tuple.tuple(ann, "red head", Instant.parse("2024-05-01T10:00:05Z")));
        assertThatThrownBy(() -> db.setName(F0, ann, " ")).hasMessageContaining("must not be empty");
    }

    @Test
    void usedNamesComeMostUsedFirstThenMostRecent() {
        db.setName(F0, ann, "wing bar");
        db.setName(F1, ann, "beak");
        db.setName(F1, bob, "wing bar");
        db.setName(F2, ann, "eye ring");
        db.setName(F2, bob, "beak");
        db.setName(F2, cy, "wing bar");
        db.setName(F0, bob, "tail");
        // wing bar 3 uses; beak 2; eye ring and tail once each, tail more recent.
        assertThat(db.usedNames()).containsExactly("wing bar", "beak", "tail", "eye ring");
        db.setName(F0, ann, "tail");   // Ann's "wing bar" on F0 is no longer current
        // Now tail, wing bar and beak have 2 uses each; tail was given last, then wing bar (Cy), then beak (Bob).
        assertThat(db.usedNames()).containsExactly("tail", "wing bar", "beak", "eye ring");
    }

    @Test
    void notesArePerAnnotatorAndBlankTextRemovesOne() {
        db.setNote(F0, ann, "only on males");
        db.setNote(F0, bob, "fires on the background too");
        db.setNote(F0, ann, "only on adult males");
        assertThat(db.notes(F0)).extracting(Note::annotator, Note::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(bob, "fires on the background too"),
                org.assertj.core.groups.Tuple.tuple(ann, "only on adult males"));
        assertThat(db.setNote(F0, bob, "  ")).isEmpty();
        assertThat(db.notes(F0)).extracting(Note::annotator).containsExactly(ann);
        assertThat(db.noteHistory(F0)).extracting(NoteChange::annotator, NoteChange::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ann, Optional.of("only on males")),
                org.assertj.core.groups.Tuple.tuple(bob, Optional.of("fires on the background too")),
                org.assertj.core.groups.Tuple.tuple(ann, Optional.of("only on adult males")),
                org.assertj.core.groups.Tuple.tuple(bob, Optional.empty()));
    }

    @Test
    void namesThatOnlyLookAlikeAreOneAnnotatorAndTextMustBePrintable() {
        assertThatThrownBy(() -> db.addAnnotator("b\u200Bob")).hasMessageContaining("(as \"Bob\";");
        assertThatThrownBy(() -> db.addAnnotator("\uFF22ob")).hasMessageContaining("already exists");
        assertThat(db.annotator("BOB")).contains(bob);
        assertThatThrownBy(() -> db.setName(F0, ann, "red\u001b[2J")).hasMessageContaining("U+001B");
        assertThatThrownBy(() -> db.setNote(F0, ann, "\u202Egnp.exe")).hasMessageContaining("U+202E");
        assertThat(db.setNote(F0, ann, "two\nlines\tand a tab")).isPresent();
    }

    @Test
    void aReVoteReplacesTheCurrentVoteAndKeepsTheHistory() {
        db.castVote(F0, ann, Trust.TRUST);
        db.castVote(F0, bob, Trust.DISTRUST);
        db.castVote(F0, cy, Trust.DISTRUST);
        assertThat(db.tally(F0)).isEqualTo(new VoteTally(1, 2, 0, Optional.of(Trust.DISTRUST), 2.0 / 3));

        db.castVote(F0, ann, Trust.DISTRUST);
        assertThat(db.votes(F0)).containsExactly(entry(ann, Trust.DISTRUST), entry(bob, Trust.DISTRUST),
                entry(cy, Trust.DISTRUST));
        assertThat(db.tally(F0)).isEqualTo(new VoteTally(0, 3, 0, Optional.of(Trust.DISTRUST), 1.0));

        assertThat(db.retractVote(F0, bob)).isTrue();
        assertThat(db.retractVote(F0, bob)).isFalse();
        assertThat(db.tally(F0).total()).isEqualTo(2);
        assertThat(db.voteHistory(F0)).extracting(VoteChange::annotator, VoteChange::trust).containsExactly(
                org.assertj.core.groups.Tuple.tuple(ann, Optional.of(Trust.TRUST)),
                org.assertj.core.groups.Tuple.tuple(bob, Optional.of(Trust.DISTRUST)),
                org.assertj.core.groups.Tuple.tuple(cy, Optional.of(Trust.DISTRUST)),
                org.assertj.core.groups.Tuple.tuple(ann, Optional.of(Trust.DISTRUST)),
                org.assertj.core.groups.Tuple.tuple(bob, Optional.empty()));
    }

    @Test
    void tiedVotesHaveNoMajority() {
        db.castVote(F0, ann, Trust.TRUST);
        db.castVote(F0, bob, Trust.DISTRUST);
        assertThat(db.tally(F0)).isEqualTo(new VoteTally(1, 1, 0, Optional.empty(), 0.5));
        assertThat(db.tally(F1)).isEqualTo(new VoteTally(0, 0, 0, Optional.empty(), 0.0));
    }

    @Test
    void distrustedAreTheFeaturesOfTheModuleWithADistrustMajority() {
        XFeatureKey otherModule = new XFeatureKey("srae-class-013", 13, 0);
        XFeatureKey f3 = new XFeatureKey("srae-class-012", 12, 3);
        db.castVote(F0, ann, Trust.DISTRUST);          // 1 distrust: majority
        db.castVote(F1, ann, Trust.DISTRUST);          // tie
        db.castVote(F1, bob, Trust.TRUST);
        db.castVote(F2, ann, Trust.TRUST);             // trust
        db.castVote(f3, ann, Trust.DISTRUST);          // plurality: 2 distrust, 1 unsure... and 1 trust
        db.castVote(f3, bob, Trust.DISTRUST);
        db.castVote(f3, cy, Trust.UNSURE);
        db.castVote(otherModule, ann, Trust.DISTRUST);
        assertThat(db.distrusted("srae-class-012")).containsExactly(F0, f3);
        assertThat(db.distrusted("no-such-module")).isEmpty();
    }

    @Test
    void anAnnotatorOfAnotherWorkspaceIsRefused() throws Exception {
        Path other = Files.createDirectory(dir.resolve("other"));
        try (WorkspaceDatabase second = WorkspaceDatabase.open(other)) {
            second.addAnnotator("Zed");
            Annotator zed = second.annotators().get(0);
            assertThatThrownBy(() -> db.castVote(F0, zed, Trust.TRUST)).hasMessageContaining("\"Zed\"")
                    .hasMessageContaining("is not in");
        }
        assertThat(db.votes(F0)).isEmpty();
    }

    @Test
    void resultsAreJsonPerRunAndKey() {
        db.recordResult("run-1", "faithfulness", "{\"r2\": 0.93}");
        db.recordResult("run-1", "locality", "[0.1, 0.2]");
        db.recordResult("run-1", "faithfulness", "{\"r2\": 0.95}");
        assertThat(db.result("run-1", "faithfulness")).contains("{\"r2\": 0.95}");
        assertThat(db.result("run-2", "faithfulness")).isEmpty();
        assertThat(db.results("run-1")).containsOnlyKeys("faithfulness", "locality");
        assertThatThrownBy(() -> db.recordResult("run-1", "x", "{not json")).hasMessageContaining("not JSON");
        assertThatThrownBy(() -> db.recordResult("run-1", "x", "plain words")).hasMessageContaining("not JSON");
    }

    @Test
    void invalidKeysAreRefused() {
        assertThatThrownBy(() -> new XFeatureKey(" ", 0, 0)).hasMessageContaining("module id");
        assertThatThrownBy(() -> new XFeatureKey("m", -1, 0)).hasMessageContaining("start at 0");
    }
}
