package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.app.help.GuidePane;
import xspace.app.help.MarkdownView;

/** Help: the user guide (F1), the keyboard sheet and About with the version and the backend. */
class AppHelpMenuTest extends AppTestBase {

    @Test
    void theGuideTheKeysAndAboutAreThere(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.clickOn("#image-view-tab");
        robot.type(KeyCode.F1);
        AppDriver.await(() -> robot.lookup("#help-text").tryQuery().isPresent());
        DialogPane guide = robot.lookup("#help-text").queryAs(DialogPane.class);
        GuidePane guidePane = (GuidePane) guide.getContent();
        assertThat(guidePane.page().sections()).extracting(MarkdownView.Section::title)
                .contains("Keyboard", "Concept view (the paper's Fig. 3(b))");
        assertThat(guidePane.contents().getItems()).as("the contents list").hasSize(guidePane.page().sections().size());
        WaitForAsyncUtils.asyncFx(() -> guide.getScene().getWindow().hide()).get();

        robot.clickOn("Help").clickOn("#help-keys");
        AppDriver.await(() -> robot.lookup("#help-text").tryQuery().isPresent());
        DialogPane keys = robot.lookup("#help-text").queryAs(DialogPane.class);
        GuidePane keysPane = (GuidePane) keys.getContent();
        assertThat(keysPane.page().sections()).extracting(MarkdownView.Section::title).containsExactly("Keyboard");
        assertThat(keysPane.page().lookupAll(".md-td")).anyMatch(cell -> cell instanceof TextFlow flow
                && flow.getChildren().stream().anyMatch(t -> ((Text) t).getText().contains("Ctrl+1")));
        WaitForAsyncUtils.asyncFx(() -> keys.getScene().getWindow().hide()).get();

        robot.clickOn("Help").clickOn("#help-about");
        AppDriver.await(() -> robot.lookup("#about-dialog").tryQuery().isPresent());
        DialogPane about = robot.lookup("#about-dialog").queryAs(DialogPane.class);
        assertThat(about.getHeaderText()).startsWith("XSpace ");
        assertThat(about.getContentText()).contains("Compute backend: ").contains("CPU")
                .contains("Inference and heatmaps: CPU (ND4J): ");
        WaitForAsyncUtils.asyncFx(() -> about.getScene().getWindow().hide()).get();
        // the status line says where heatmaps run too, on hover
        javafx.scene.control.Label backend = robot.lookup("#status-backend").queryAs(javafx.scene.control.Label.class);
        AppDriver.await(() -> backend.getTooltip() != null);
        assertThat(backend.getTooltip().getText()).startsWith("Training: ND4J, backend CPU")
                .contains("\nInference and heatmaps: CPU (ND4J): ");
    }
}
