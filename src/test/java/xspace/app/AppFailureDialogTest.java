package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.testing.ScratchFolders;

/**
 * A failure is shown in a dialog with its reason, not only in the status bar; a folder picked by
 * mistake is only said in the status bar.
 */
class AppFailureDialogTest extends AppTestBase {

    @Test
    void aFolderThatIsNotAWorkspaceIsSaidInTheStatusBarAndADamagedOneInADialog(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Path notAWorkspace = ScratchFolders.create("not-a-workspace");
        WaitForAsyncUtils.asyncFx(() -> window.open(notAWorkspace)).get();
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .startsWith(notAWorkspace + " is not a workspace (it holds no workspace.json)");
        assertThat(robot.lookup("#failure-dialog").tryQuery()).isEmpty();

        Path damaged = ScratchFolders.create("damaged-workspace");
        Files.writeString(damaged.resolve("workspace.json"), "{ not json");
        WaitForAsyncUtils.asyncFx(() -> window.open(damaged)).get();
        AppDriver.await(() -> robot.lookup("#failure-dialog").tryQuery().isPresent());
        DialogPane pane = robot.lookup("#failure-dialog").queryAs(DialogPane.class);
        assertThat(pane.getHeaderText()).contains(damaged.toString());
        TextArea details = robot.lookup("#failure-details").queryAs(TextArea.class);
        assertThat(details.isVisible()).as("one failure is said once, in the header").isFalse();
        robot.interact(() -> robot.lookup("#failure-copy").queryAs(javafx.scene.control.Hyperlink.class).fire());
        assertThat(WaitForAsyncUtils.asyncFx(() -> javafx.scene.input.Clipboard.getSystemClipboard().getString())
                .get()).isEqualTo(pane.getHeaderText());
        Path interrupted = ScratchFolders.create("interrupted-workspace");
        Files.writeString(interrupted.resolve("workspace.json"), "");
        WaitForAsyncUtils.asyncFx(() -> window.open(interrupted)).get();
        AppDriver.await(() -> pane.getHeaderText().equals("2 tasks failed:"));
        assertThat(details.isVisible()).isTrue();
        assertThat(details.getText()).contains(damaged.toString()).contains(interrupted.toString());
        assertThat(robot.lookup("#failure-dialog").queryAll()).as("one dialog, not two").hasSize(1);
        WaitForAsyncUtils.asyncFx(() -> pane.getScene().getWindow().hide()).get();
        assertThat(window.state.session.get().workspace().root()).as("the open workspace stays").isEqualTo(workspace);
    }
}
