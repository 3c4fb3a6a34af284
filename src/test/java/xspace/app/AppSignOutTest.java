package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.testing.TestWorkspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/** Signing in says so in the status bar; Annotator › Sign out makes naming and voting ask again. */
class AppSignOutTest extends AppTestBase {

    @Override
    protected boolean freshWorkspacePerTest() {
        return true;
    }

    @Override
    protected boolean signedInAtStart() {
        return false;
    }

    private Map<Annotator, Trust> storedVotes(int feature) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            return db.votes(new XFeatureKey(TestWorkspace.moduleId(workspace), 0, feature));
        }
    }

    private static Button dialogButton(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane .button").queryAllAs(Button.class).stream()
                .filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private void answer(FxRobot robot, String name) throws Exception {
        AppDriver.await(() -> robot.lookup("#annotator-name").tryQuery().isPresent());
        if (name == null) {
            robot.clickOn(dialogButton(robot, "Cancel"));
        } else {
            robot.clickOn("#annotator-name").write(name).clickOn(dialogButton(robot, "OK"));
        }
        AppDriver.await(() -> robot.lookup("#annotator-name").tryQuery().isEmpty());
        robot.interact(() -> window.getScene().getWindow().requestFocus());
    }

    private int openConceptView(FxRobot robot) throws Exception {
        AppDriver.await(() -> window.state.scores.get() != null && window.tasks.running().isEmpty());
        robot.interact(() -> window.show(View.CONCEPT));
        AppDriver.await(() -> window.tasks.running().isEmpty());
        return window.state.xFeature.get();
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void signingInReplacesTheNoticeThatNothingWasSaved(FxRobot robot) throws Exception {
        answer(robot, null);
        int shown = openConceptView(robot);
        robot.clickOn("#concept-heading").type(KeyCode.DIGIT2);
        answer(robot, null);
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(status(robot)).startsWith("Not saved");

        robot.clickOn("#concept-heading").type(KeyCode.DIGIT2);
        answer(robot, "Anna");
        AppDriver.await(() -> !storedVotes(shown).isEmpty() && window.tasks.running().isEmpty());
        assertThat(status(robot)).isEqualTo(
                "Signed in as Anna: your names, notes and votes are recorded under that name");
    }

    @Test
    void spacesAloneAreNoNameTheQuestionStaysOpenAndSaysWhy(FxRobot robot) throws Exception {
        AppDriver.await(() -> robot.lookup("#annotator-name").tryQuery().isPresent());
        robot.clickOn("#annotator-name").write("   ").type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#annotator-name").tryQuery()).as("still asking").isPresent();
        assertThat(robot.lookup("#annotator-problem").queryAs(Label.class).isVisible()).isTrue();
        assertThat(dialogButton(robot, "OK").isDisabled()).isTrue();

        robot.write("Anna").clickOn(dialogButton(robot, "OK"));
        AppDriver.await(() -> window.state.annotator.get() != null);
        assertThat(window.state.annotator.get().name()).isEqualTo("Anna");
    }

    @Test
    void aNameTheWorkspaceWouldRefuseKeepsTheQuestionOpenAndSaysWhy(FxRobot robot) throws Exception {
        AppDriver.await(() -> robot.lookup("#annotator-name").tryQuery().isPresent());
        javafx.scene.control.ComboBox<?> names = robot.lookup("#annotator-name").queryAs(
                javafx.scene.control.ComboBox.class);
        robot.interact(() -> names.getEditor().setText("A".repeat(101)));
        robot.clickOn("#annotator-name").type(KeyCode.ENTER);
        org.testfx.util.WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#annotator-name").tryQuery()).as("still asking").isPresent();
        Label problem = robot.lookup("#annotator-problem").queryAs(Label.class);
        assertThat(problem.getText()).contains("too long (101 characters, at most 100)");
        assertThat(problem.getHeight()).as("shown whole, not cut short").isGreaterThanOrEqualTo(
                problem.prefHeight(problem.getWidth()) - 0.5);
        assertThat(dialogButton(robot, "OK").isDisabled()).isTrue();

        robot.interact(() -> names.getEditor().setText("Ann\u0007a"));
        robot.interact(() -> names.getEditor().setText("A".repeat(100)));
        assertThat(robot.lookup("#annotator-problem").queryAs(Label.class).isVisible()).isFalse();
        robot.clickOn(dialogButton(robot, "OK"));
        AppDriver.await(() -> window.state.annotator.get() != null);
        assertThat(window.state.annotator.get().name()).hasSize(100);
    }

    @Test
    void afterSigningOutAVoteAsksWhoIsAnnotatingAgain(FxRobot robot) throws Exception {
        answer(robot, "Anna");
        AppDriver.await(() -> window.state.annotator.get() != null);
        int shown = openConceptView(robot);
        MenuItem signOut = robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus().stream()
                .filter(m -> m.getText().equals("Annotator")).findFirst().orElseThrow().getItems().stream()
                .filter(i -> "Sign out".equals(i.getText())).findFirst().orElseThrow();
        assertThat(signOut.isDisable()).isFalse();

        robot.interact(() -> window.actions().signOut.handle(new ActionEvent()));
        assertThat(window.state.annotator.get()).isNull();
        assertThat(signOut.isDisable()).as("no one signed in").isTrue();
        assertThat(status(robot)).startsWith("Signed out Anna");

        robot.clickOn("#concept-heading").type(KeyCode.DIGIT1);
        answer(robot, "Bo");
        AppDriver.await(() -> !storedVotes(shown).isEmpty());
        assertThat(storedVotes(shown).keySet().iterator().next().name()).isEqualTo("Bo");
    }
}
