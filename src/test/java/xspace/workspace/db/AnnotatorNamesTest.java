package xspace.workspace.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import xspace.workspace.WorkspaceException;

/** What an annotator's name may be: the rule a dialog checks before anything is stored, and the store itself. */
class AnnotatorNamesTest {

    @Test
    void aNameIsStoredTrimmedAndComposed() {
        assertThat(AnnotatorNames.checked("  Zoe\u0308 ")).isEqualTo("Zoë");
        assertThat(AnnotatorNames.problem("Ann")).isEmpty();
    }

    @Test
    void theProblemSaysWhatTheStoreWouldRefuse() {
        assertThat(AnnotatorNames.problem("   ")).hasValue("an annotator's name must not be empty");
        assertThat(AnnotatorNames.problem("A".repeat(Text.MAX_ANNOTATOR))).isEmpty();
        assertThat(AnnotatorNames.problem("A".repeat(Text.MAX_ANNOTATOR + 1)))
                .hasValue("an annotator's name is too long (101 characters, at most 100)");
        assertThat(AnnotatorNames.problem("Ann\u202Ea")).get().asString().contains("U+202E (at character 4)");
    }

    @Test
    void theStoreRefusesWhatTheProblemNames(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        String tooLong = "B".repeat(Text.MAX_ANNOTATOR + 1);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(dir)) {
            assertThatThrownBy(() -> db.addAnnotator(tooLong)).isInstanceOf(WorkspaceException.class)
                    .hasMessage(AnnotatorNames.problem(tooLong).orElseThrow());
            assertThat(db.annotators()).isEmpty();
        }
    }
}
