package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.testing.TestWorkspace;
import xspace.workspace.db.Text;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/** What the name field takes, and what the status bar says when a name is not saved. */
class AppNamingTest extends AppTestBase {

    @Override
    protected boolean freshWorkspacePerTest() {
        return true;
    }

    private Optional<String> storedName(int feature) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(workspace)) {
            return db.currentName(new XFeatureKey(TestWorkspace.moduleId(workspace), 0, feature));
        }
    }

    private int openConceptView(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.show(View.CONCEPT));
        AppDriver.await(() -> window.tasks.running().isEmpty());
        return window.state.xFeature.get();
    }

    private static TextField nameField(FxRobot robot) {
        return robot.lookup("#concept-name").queryAs(TextField.class);
    }

    private static String status(FxRobot robot) {
        return robot.lookup("#status-message").queryAs(Label.class).getText();
    }

    @Test
    void theFieldTakesNoMoreThanTheLongestNameTheDatabaseStores(FxRobot robot) throws Exception {
        int shown = openConceptView(robot);
        TextField field = nameField(robot);
        robot.clickOn(field);
        String longest = "a".repeat(Text.MAX_NAME);
        robot.interact(() -> field.replaceText(0, field.getLength(), longest));
        robot.write("b");
        assertThat(field.getText()).isEqualTo(longest);
        assertThat(status(robot)).isEqualTo("Names are at most " + Text.MAX_NAME + " characters");
        robot.interact(() -> field.replaceText(0, field.getLength(), longest + "cc"));
        assertThat(field.getText()).as("a paste that would make it longer").isEqualTo(longest);

        robot.type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).isPresent());
        assertThat(storedName(shown)).contains(longest);
        assertThat(driver.errors()).isEmpty();
    }

    @Test
    void aNameTheDatabaseRefusesIsSaidInPlainWordsAndTheSavedNameComesBack(FxRobot robot) throws Exception {
        int shown = openConceptView(robot);
        TextField field = nameField(robot);
        robot.clickOn(field).write("red crown").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).isPresent());
        robot.clickOn(field);
        robot.interact(() -> field.replaceText(0, field.getLength(), "blue\u202Ecap"));
        robot.type(KeyCode.ENTER);
        AppDriver.await(() -> window.tasks.running().isEmpty());

        assertThat(driver.errors()).isEmpty();
        assertThat(status(robot)).startsWith("Name not saved: the name contains the character U+202E")
                .doesNotContain(TestWorkspace.moduleId(workspace));
        assertThat(field.getText()).isEqualTo("red crown");
        assertThat(storedName(shown)).contains("red crown");
    }

    /** Whether the node lies wholly inside the scroll pane's viewport, as the user sees it. */
    private static boolean inSight(ScrollPane pane, Node node) {
        Bounds viewport = pane.localToScene(pane.getLayoutBounds());
        Bounds field = node.localToScene(node.getLayoutBounds());
        return field.getMinY() >= viewport.getMinY() - 1 && field.getMaxY() <= viewport.getMaxY() + 1;
    }

    @Test
    void typingToNameScrollsTheFieldIntoSight(FxRobot robot) throws Exception {
        openConceptView(robot);
        robot.interact(() -> {
            window.getScene().getWindow().setWidth(1280);
            window.getScene().getWindow().setHeight(720);
        });
        ScrollPane side = robot.lookup(".concept-side").queryAs(ScrollPane.class);
        TextField field = nameField(robot);
        robot.interact(() -> side.setVvalue(side.getVmax()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(inSight(side, field)).as("scrolled out of sight first").isFalse();

        robot.clickOn("#concept-heading").write("r");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(field.isFocused()).isTrue();
        assertThat(inSight(side, field)).isTrue();
    }

    @Test
    void thePromptShowsWholeAndAnEmptyNameIsSaidNotToBeSaved(FxRobot robot) throws Exception {
        int shown = openConceptView(robot);
        robot.interact(() -> {
            window.getScene().getWindow().setWidth(1280);
            window.getScene().getWindow().setHeight(720);
        });
        WaitForAsyncUtils.waitForFxEvents();
        TextField field = nameField(robot);
        javafx.scene.text.Text prompt = new javafx.scene.text.Text(field.getPromptText());
        prompt.setFont(field.getFont());
        assertThat(prompt.getLayoutBounds().getWidth())
                .isLessThanOrEqualTo(field.getWidth() - field.getInsets().getLeft() - field.getInsets().getRight());

        robot.clickOn(field).write("red crown").type(KeyCode.ENTER);
        AppDriver.await(() -> storedName(shown).isPresent());
        robot.clickOn(field);
        robot.interact(() -> field.replaceText(0, field.getLength(), "  "));
        robot.type(KeyCode.ENTER);
        AppDriver.await(() -> window.tasks.running().isEmpty());
        assertThat(status(robot)).startsWith("An empty name is not saved");
        assertThat(field.getText()).isEqualTo("red crown");
        assertThat(storedName(shown)).contains("red crown");
    }
}
