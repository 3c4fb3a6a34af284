package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;

/**
 * The actions' enabled state follows the application's state: without a workspace nothing can be
 * exported or signed into, without a module there is no report; the views answer Ctrl+1 … Ctrl+4.
 */
class AppActionsTest extends AppTestBase {

    @Test
    void workspaceActionsFollowTheOpenWorkspaceAndViewsFollowTheirShortcuts(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        AppActions actions = window.actions();
        assertThat(actions.exportBundle.isDisabled()).isFalse();
        assertThat(actions.exportReport.isDisabled()).isFalse();

        for (View view : View.values()) {
            robot.press(KeyCode.CONTROL).type(KeyCode.valueOf("DIGIT" + (view.ordinal() + 1))).release(KeyCode.CONTROL);
            AppDriver.await(() -> window.shown() == view);
        }

        assertThat(actions.switchAnnotator.getText()).isEqualTo("Switch annotator…");
        robot.interact(() -> window.state.annotator.set(null));
        assertThat(actions.switchAnnotator.getText()).as("no one signed in").isEqualTo("Sign in…");

        robot.interact(() -> window.state.scores.set(null));
        assertThat(actions.exportReport.isDisabled()).as("no module shown").isTrue();
        assertThat(actions.exportCsv.isDisabled()).isFalse();
        robot.interact(() -> window.state.session.set(null));
        assertThat(actions.exportBundle.isDisabled()).as("no workspace").isTrue();
        assertThat(actions.exportCsv.isDisabled()).isTrue();
        assertThat(actions.exportPng.isDisabled()).isTrue();
        assertThat(actions.switchAnnotator.isDisabled()).isTrue();
        assertThat(actions.openWorkspace.isDisabled()).isFalse();
        assertThat(actions.newWorkspace.isDisabled()).isFalse();
    }
}
