package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Help: the user guide (F1), the keyboard sheet and About with the version and the backend. */
class AppHelpMenuTest extends AppTestBase {

    @Test
    void theGuideTheKeysAndAboutAreThere(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.clickOn("#image-view-tab");
        robot.type(KeyCode.F1);
        AppDriver.await(() -> robot.lookup("#help-text").tryQuery().isPresent());
        DialogPane guide = robot.lookup("#help-text").queryAs(DialogPane.class);
        assertThat(((TextArea) guide.getContent()).getText()).contains("## Keyboard").contains("concept view");
        WaitForAsyncUtils.asyncFx(() -> guide.getScene().getWindow().hide()).get();

        robot.clickOn("Help").clickOn("#help-keys");
        AppDriver.await(() -> robot.lookup("#help-text").tryQuery().isPresent());
        DialogPane keys = robot.lookup("#help-text").queryAs(DialogPane.class);
        assertThat(((TextArea) keys.getContent()).getText()).startsWith("## Keyboard").contains("Ctrl+1")
                .doesNotContain("## Training");
        WaitForAsyncUtils.asyncFx(() -> keys.getScene().getWindow().hide()).get();

        robot.clickOn("Help").clickOn("#help-about");
        AppDriver.await(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).startsWith("XSpace ");
        assertThat(about.getContentText()).contains("Compute backend: ").contains("CPU");
        WaitForAsyncUtils.asyncFx(() -> about.getScene().getWindow().hide()).get();
    }
}
