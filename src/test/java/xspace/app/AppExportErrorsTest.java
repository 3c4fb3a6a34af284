package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.testing.ScratchFolders;

/**
 * An export into a folder that takes no files says so the same way for the view's PNG and the
 * report: in the failure dialog and the status bar, naming the path and the reason in words, and
 * nothing is left behind.
 */
class AppExportErrorsTest extends AppTestBase {

    @Test
    void aPngIntoAFolderThatIsAFileOrMissingIsRefusedInWords(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Path file = Files.writeString(ScratchFolders.create("export-errors").resolve("notes.txt"), "x");
        Path png = file.resolve("view.png");
        WaitForAsyncUtils.asyncFx(() -> window.actions().exports().png(png)).get();
        String said = failure(robot);
        assertThat(said).contains("not writing " + png).contains(file + " is a file, not a folder")
                .doesNotContain("ImageOutputStream");
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText()).isEqualTo(said);
        closeFailure(robot);

        Path missing = file.resolveSibling("gone").resolve("view.png");
        WaitForAsyncUtils.asyncFx(() -> window.actions().exports().png(missing)).get();
        assertThat(failure(robot)).contains("the folder " + missing.getParent() + " does not exist");
        closeFailure(robot);
        assertThat(missing.getParent()).doesNotExist();
    }

    @Test
    void aReportIntoAFolderThatTakesNoFilesIsRefusedAsThePngIs(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Path file = Files.writeString(ScratchFolders.create("export-errors").resolve("notes.txt"), "x");
        WaitForAsyncUtils.asyncFx(() -> window.actions().exports().report(file)).get();
        String said = failure(robot);
        assertThat(said).startsWith("Writing the report of class 0 · ")
                .contains("not writing " + file.resolve("report-srae-class-000"))
                .contains(file + " is a file, not a folder");
        closeFailure(robot);

        Path proc = Path.of("/proc/sys");
        if (Files.isDirectory(proc)) {
            // no file can be made there, whatever the permissions say, even for root
            WaitForAsyncUtils.asyncFx(() -> window.actions().exports().report(proc)).get();
            assertThat(failure(robot)).contains("the folder /proc/sys cannot be written to");
            closeFailure(robot);
        }
    }

    private static String failure(FxRobot robot) throws Exception {
        AppDriver.await(() -> robot.lookup("#failure-dialog").tryQuery().isPresent());
        return robot.lookup("#failure-dialog").queryAs(DialogPane.class).getHeaderText();
    }

    private static void closeFailure(FxRobot robot) throws Exception {
        DialogPane pane = robot.lookup("#failure-dialog").queryAs(DialogPane.class);
        // its button, as the user closes it: hiding its window alone would leave the dialog thinking it is open
        WaitForAsyncUtils.asyncFx(() -> ((Button) pane.lookupButton(ButtonType.OK)).fire()).get();
        AppDriver.await(() -> robot.lookup("#failure-dialog").tryQuery().isEmpty());
    }
}
