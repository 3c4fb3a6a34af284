package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.app.image.ImageTable;

/** The browser's search: words as a person types them, and the keys that go from the search to the list. */
class AppImageSearchTest extends AppTestBase {

    @Test
    void everyWordTypedMustBeInTheNameWithUnderscoresAndDashesReadAsSpaces(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        everyClass(robot);
        assertThat(found(robot, "jay 0005")).containsExactly("Green_Jay_0005.jpg");
        assertThat(found(robot, "0005   JAY")).containsExactly("Green_Jay_0005.jpg");
        assertThat(found(robot, "green_jay")).containsExactlyInAnyOrder("Green_Jay_0005.jpg", "Green_Jay_0006.jpg");
        assertThat(found(robot, "jay-0003")).containsExactly("Blue_Jay_0003.jpg");
        assertThat(found(robot, "red jay")).isEmpty();
        assertThat(found(robot, " ")).hasSize(6);
    }

    @Test
    void downOrEnterInTheSearchSelectsTheFirstImageFound(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        everyClass(robot);
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        for (KeyCode key : List.of(KeyCode.DOWN, KeyCode.ENTER)) {
            robot.interact(() -> table.getSelectionModel().clearSelection());
            robot.clickOn("#browser-search").eraseText(20).write("jay");
            robot.type(key);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(table.isFocused()).as("the list has the focus after " + key).isTrue();
            assertThat(table.getSelectionModel().getSelectedIndex()).isZero();
            assertThat(window.state.image.get()).isSameAs(table.getItems().get(0));
        }
    }

    @SuppressWarnings("unchecked")
    static void everyClass(FxRobot robot) throws Exception {
        ComboBox<Object> classes = robot.lookup("#browser-class").queryAs(ComboBox.class);
        WaitForAsyncUtils.asyncFx(() -> classes.setValue(classes.getItems().get(0))).get();
    }

    private static List<String> found(FxRobot robot, String text) throws Exception {
        TextField search = robot.lookup("#browser-search").queryAs(TextField.class);
        WaitForAsyncUtils.asyncFx(() -> search.setText(text)).get();
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        return table.getItems().stream().map(i -> i.relativePath().substring(i.relativePath().indexOf('/') + 1))
                .toList();
    }
}
