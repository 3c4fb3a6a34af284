package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.testing.TestWorkspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.NameChange;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * A user who declined to say who is annotating, then names or votes: asked again, the change is
 * kept for the one named; declined again, nothing is written and the status bar says why.
 */
class AppSignInTest extends AppTestBase {

    @Override
    protected boolean freshWorkspacePerTest() {
        return true;
    }

    @Override
    protected boolean signedInAtStart() {
        return false;
    }

    private XFeatureKey key(int feature) {
        return new XFeatureKey(TestWorkspace.moduleId(workspace), 0, feature);
    }

    private Map<Annotator, Trust> storedVotes(int feature) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            return db.votes(key(feature));
        }
    }

    private Optional<NameChange> storedName(int feature) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            return db.nameHistory(key(feature)).stream().reduce((first, second) -> second);
        }
    }

    private static void awaitQuestion(FxRobot robot) throws Exception {
        AppDriver.await(() -> robot.lookup("#annotator-name").tryQuery().isPresent());
    }

    /**
     * Answers the question with the mouse, and gives the keyboard back to the main window:
     * Monocle gives it to no window when a dialog closes, where a desktop gives it to the owner.
     */
    private void answer(FxRobot robot, String name) throws Exception {
        awaitQuestion(robot);
        if (name == null) {
            robot.clickOn(dialogButton(robot, "Cancel"));
        } else {
            robot.clickOn("#annotator-name").write(name).clickOn(dialogButton(robot, "OK"));
        }
        AppDriver.await(() -> robot.lookup("#annotator-name").tryQuery().isEmpty());
        robot.interact(() -> window.getScene().getWindow().requestFocus());
    }

    /** The question's own button: the status bar has a Cancel of its own while modules load. */
    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    /** Declines the question of the start, as a user who only meant to look, and opens the concept view. */
    private int declineThenOpenConceptView(FxRobot robot) throws Exception {
        answer(robot, null);
        AppDriver.await(() -> window.state.scores.get() != null && window.state.image.get() != null
                && window.tasks.running().isEmpty());
        assertThat(window.state.annotator.get()).isNull();
        robot.interact(() -> window.show(View.CONCEPT));
        AppDriver.await(() -> window.tasks.running().isEmpty());
        return window.state.xFeature.get();
    }

    @Test
    void aNameGivenBeforeSigningInIsStoredForTheOneNamedThen(FxRobot robot) throws Exception {
        int shown = declineThenOpenConceptView(robot);
        robot.clickOn("#concept-name").write("red crown").type(KeyCode.ENTER);
        answer(robot, "Rin");
        AppDriver.await(() -> storedName(shown).isPresent());

        assertThat(storedName(shown).orElseThrow().name()).isEqualTo("red crown");
        assertThat(storedName(shown).orElseThrow().annotator().name()).isEqualTo("Rin");
        assertThat(window.state.annotator.get().name()).as("signed in for what follows").isEqualTo("Rin");
        assertThat(driver.errors()).isEmpty();
    }

    @Test
    void aVoteWhoseQuestionIsDeclinedIsNotStoredAndTheStatusSaysWhy(FxRobot robot) throws Exception {
        int shown = declineThenOpenConceptView(robot);
        robot.clickOn("#concept-heading").type(KeyCode.DIGIT2);
        answer(robot, null);
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(storedVotes(shown)).isEmpty();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("Not saved");

        robot.clickOn("#concept-heading").type(KeyCode.DIGIT2);
        answer(robot, "Bo");
        AppDriver.await(() -> !storedVotes(shown).isEmpty());
        assertThat(storedVotes(shown)).hasSize(1).containsValue(Trust.DISTRUST);
        assertThat(storedVotes(shown).keySet().iterator().next().name()).isEqualTo("Bo");
    }

    @Test
    void leavingTheNotesFieldUnchangedAsksNothing(FxRobot robot) throws Exception {
        declineThenOpenConceptView(robot);
        robot.clickOn("#concept-notes").clickOn("#concept-heading");
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(robot.lookup("#annotator-name").tryQuery()).isEmpty();
    }

    @Test
    void aNoteWrittenBeforeSigningInStaysInItsFieldAndTheStatusSaysHowToKeepIt(FxRobot robot) throws Exception {
        int shown = declineThenOpenConceptView(robot);
        robot.clickOn("#concept-notes").write("pale edge").clickOn("#concept-heading");
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(robot.lookup("#annotator-name").tryQuery()).as("leaving a field asks nothing").isEmpty();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).startsWith("Your note is not saved");
        assertThat(robot.lookup("#concept-notes").queryAs(javafx.scene.control.TextArea.class).getText())
                .isEqualTo("pale edge");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            assertThat(db.noteHistory(key(shown))).isEmpty();
        }
    }
}
