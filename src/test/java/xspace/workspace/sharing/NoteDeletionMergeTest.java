package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.MergeCounts;
import xspace.workspace.db.NoteChange;

/**
 * A note deleted here counts in a merge, as a retracted vote does: an older bundle does not bring
 * it back, a note written over there after the deletion does.
 */
class NoteDeletionMergeTest extends BundleFixture {

    @Test
    void aNoteDeletedHereAfterTheBundlesStaysDeleted() {
        Annotator bobThere = theirs.addAnnotator("Bob");
        theirs.setNote(F0, bobThere, "orange patch");
        Path older = export();
        importInto(older);
        Annotator bob = mine.annotator("Bob").orElseThrow();
        mine.setNote(F0, bob, "");
        assertThat(mine.notes(F0)).isEmpty();

        ImportReport again = importInto(older);

        assertThat(again.merge().notes()).isEqualTo(new MergeCounts(0, 0, 1, 0));
        assertThat(mine.notes(F0)).as("the deletion is newer than the bundle's note").isEmpty();
        assertThat(mine.noteHistory(F0)).extracting(NoteChange::text).extracting(t -> t.orElse(null))
                .containsExactly("orange patch", null);
    }

    @Test
    void aNoteWrittenThereAfterTheDeletionHereIsTaken() {
        Annotator bobThere = theirs.addAnnotator("Bob");
        theirs.setNote(F0, bobThere, "orange patch");
        importInto(export());
        mine.setNote(F0, mine.annotator("Bob").orElseThrow(), "");
        theirs.setNote(F0, bobThere, "orange patch, on adults only");

        ImportReport newer = importInto(export());

        assertThat(newer.merge().notes()).isEqualTo(new MergeCounts(0, 1, 0, 0));
        assertThat(newer.merge().replaced()).singleElement().satisfies(r -> assertThat(r.before()).isNull());
        assertThat(mine.notes(F0)).singleElement().satisfies(n -> assertThat(n.text())
                .isEqualTo("orange patch, on adults only"));
    }
}
