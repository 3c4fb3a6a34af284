package xspace.app.help;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The guide's window content: the contents list jumps to its section, the find field to the words. */
@ExtendWith(ApplicationExtension.class)
class GuidePaneTest {

    private GuidePane guide;

    @Start
    void start(Stage stage) throws Exception {
        try (InputStream in = GuidePane.class.getResourceAsStream("user-guide.md")) {
            guide = new GuidePane(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        stage.setScene(new Scene(guide, 800, 500));
        stage.show();
    }

    @Test
    void theContentsJumpToTheirSection(FxRobot robot) throws Exception {
        MarkdownView.Section metrics = guide.page().sections().stream().filter(s -> s.title().equals("Metrics"))
                .findFirst().orElseThrow();
        robot.clickOn(robot.from(guide.contents()).lookup(".list-cell").lookup("Metrics").queryLabeled());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(guide.contents().getSelectionModel().getSelectedItem()).isEqualTo(metrics);
        assertThat(topInView(metrics.heading())).as("the heading at the top of the page's view").isBetween(0.0, 20.0);

        WaitForAsyncUtils.asyncFx(() -> ((ScrollPane) guide.lookup("#help-page")).setVvalue(0)).get();
        robot.clickOn(robot.from(guide.contents()).lookup(".list-cell").lookup("Metrics").queryLabeled())
                .type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(topInView(metrics.heading())).as("Enter jumps to the chosen section again").isBetween(0.0, 20.0);
    }

    @Test
    void findMarksTheNextBlockWithTheWordsAndSaysWhenNoneHasThem(FxRobot robot) throws Exception {
        robot.clickOn("#help-page").press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
                .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
        assertThat(guide.find().field().isFocused()).as("Ctrl+F goes to the find field").isTrue();
        robot.write("heatmap cache").type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Node first = guide.find().marked();
        assertThat(first.getStyleClass()).contains("md-found");
        assertThat(topInView(first)).as("the block with the words, scrolled to their line").isBetween(-400.0, 40.0);
        robot.type(javafx.scene.input.KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        Node second = guide.find().marked();
        assertThat(second).isNotSameAs(first);
        assertThat(first.getStyleClass()).doesNotContain("md-found");
        assertThat(guide.find().outcome().getText()).matches("2 of \\d+ places \\(Enter: next\\)");
        boolean none = WaitForAsyncUtils.asyncFx(() -> guide.find().next("no such words in the guide")).get();
        assertThat(none).isFalse();
        assertThat(second.getStyleClass()).as("an old mark would read as a match").doesNotContain("md-found");
        assertThat(guide.find().outcome().getText()).isEqualTo("Not in the guide");
    }

    /** Where a node's top is, from the top of the visible part of the page. */
    private double topInView(Node node) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            ScrollPane scroll = (ScrollPane) guide.lookup("#help-page");
            Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            return node.localToScene(node.getLayoutBounds()).getMinY() - viewport.getMinY();
        }).get();
    }
}
