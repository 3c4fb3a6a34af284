package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.NameChange;
import xspace.workspace.db.Replacement;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Timestamps;
import xspace.workspace.db.Trust;

/**
 * A bundle must not overwrite someone else's work: an annotator that only looks like one here is
 * refused, times in the future or outside four-digit years are refused, and what an import does
 * replace is reported and kept in the histories.
 */
class BundleAnnotatorsAndTimesTest extends BundleFixture {

    @Test
    void anAnnotatorThatOnlyLooksLikeOneHereIsRefusedAndNothingIsOverwritten() throws Exception {
        Annotator alice = mine.addAnnotator("alice");
        mine.castVote(F0, alice, Trust.DISTRUST);
        mine.setNote(F0, alice, "original");
        Annotator impostor = theirs.addAnnotator("ALICE");
        theirs.castVote(F0, impostor, Trust.TRUST);       // later than alice's: it would win a merge
        theirs.setNote(F0, impostor, "overwritten");
        Path bundle = export();
        SharedState before = mine.snapshot();

        for (String lookAlike : List.of("ALICE", "ALICE ", "ali\u200Bce", "\uFF41lice", "alice\u00A0")) {
            Path forged = tampered(bundle, "forged.zip", java.util.Map.of(
                    "annotators.json", bytes(entry(bundle, "annotators.json").replace("ALICE", lookAlike)),
                    "votes.csv", bytes(entry(bundle, "votes.csv").replace("ALICE", lookAlike)),
                    "notes.csv", bytes(entry(bundle, "notes.csv").replace("ALICE", lookAlike))));
            assertThatThrownBy(() -> importInto(forged)).as(lookAlike).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("annotators.json item 1: annotator ")
                    .hasMessageContaining("looks like \"alice\" of this workspace");
            assertThat(mine.snapshot()).isEqualTo(before);
        }
        assertThat(mine.notes(F0)).singleElement().satisfies(n -> assertThat(n.text()).isEqualTo("original"));
    }

    @Test
    void timesInTheFutureOrOutsideTheYears1970To9999AreRefused() throws Exception {
        theirs.castVote(F0, theirs.addAnnotator("Bob"), Trust.TRUST);
        Path bundle = export();
        String votes = entry(bundle, "votes.csv");
        String cast = votes.split("\r\n")[1].split(",")[5];
        String aWhileAhead = Timestamps.format(NOW.plus(Duration.ofMinutes(6)));
        for (String time : List.of("9999-12-31T23:59:59.999Z", "+10000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
                "1969-12-31T23:59:59Z", aWhileAhead)) {
            Path forged = tampered(bundle, "votes.csv", votes.replace(cast, time));
            assertThatThrownBy(() -> importInto(forged)).as(time)
                    .hasMessageStartingWith(forged + ": votes.csv line 2: time \"" + time + "\"");
        }
        assertThat(mine.snapshot().votes()).isEmpty();

        String withinTheSkew = Timestamps.format(NOW.plus(Duration.ofMinutes(4)));
        Path skewed = tampered(bundle, "votes.csv", votes.replace(cast, withinTheSkew));
        assertThat(importInto(skewed).merge().votes().added()).isEqualTo(1);
    }

    @Test
    void whatABundleReplacesIsReportedPerAnnotatorAndKeptInTheHistories() throws Exception {
        Annotator aliceHere = mine.addAnnotator("alice");
        mine.setName(F0, aliceHere, "red crown");
        mine.setNote(F0, aliceHere, "only on males");
        Annotator alice = theirs.addAnnotator("alice");
        theirs.setName(F0, alice, "crown");
        theirs.setNote(F0, alice, "on males and females");
        theirs.castVote(F1, alice, Trust.TRUST);

        ImportReport report = importInto(export());

        assertThat(report.merge().replaced())
                .extracting(Replacement::annotator, Replacement::kind, Replacement::before, Replacement::after)
                .containsExactly(tuple("alice", "name", "red crown", "crown"),
                        tuple("alice", "note", "only on males", "on males and females"));
        assertThat(mine.nameHistory(F0)).extracting(NameChange::name).containsExactly("red crown", "crown");
        assertThat(mine.noteHistory(F0)).extracting(c -> c.text().orElseThrow())
                .containsExactly("only on males", "on males and females");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
