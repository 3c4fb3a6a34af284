package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.testing.ScratchFolders;

/** A failure is shown in a dialog with its reason, not only in the status bar. */
class AppFailureDialogTest extends AppTestBase {

    @Test
    void openingAFolderThatIsNotAWorkspaceSaysSoInADialog(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Path notAWorkspace = ScratchFolders.create("not-a-workspace");
        WaitForAsyncUtils.asyncFx(() -> window.open(notAWorkspace)).get();
        AppDriver.await(() -> robot.lookup("#failure-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#failure-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains(notAWorkspace.toString()).contains("not a workspace");
        WaitForAsyncUtils.asyncFx(() -> window.open(notAWorkspace.resolve("absent"))).get();
        AppDriver.await(() -> pane.getHeaderText().startsWith("2 tasks failed"));
        assertThat(((TextArea) pane.getContent()).getText()).contains("absent");
        assertThat(robot.lookup("#failure-dialog").queryAll()).as("one dialog, not two").hasSize(1);
        WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide()).get();
        assertThat(window.state.session.get().workspace().root()).as("the open workspace stays").isEqualTo(workspace);
    }
}
