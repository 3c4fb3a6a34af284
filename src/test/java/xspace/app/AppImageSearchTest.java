package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.app.image.ImageTable;
import xspace.data.BirdClass;

/**
 * The browser's search: words as a person types them, the keys that go from the search to the list,
 * and what the list says when nothing matches.
 */
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
    @Test
    void anEmptyListSaysWhyAndThatTheImageShownWasChosenBefore(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        everyClass(robot);
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        robot.interact(() -> table.getSelectionModel().select(0));
        Label placeholder = robot.lookup("#image-list-placeholder").queryAs(Label.class);
        assertThat(found(robot, "no such bird")).isEmpty();
        assertThat(placeholder.getText()).isEqualTo("No image matches the filters: search \"no such bird\"\n"
                + "(the image shown is the one chosen before)");
        found(robot, "");

        ComboBox<Object> classes = robot.lookup("#browser-class").queryAs(ComboBox.class);
        ChoiceBox<String> polarity = robot.lookup("#browser-polarity").queryAs(ChoiceBox.class);
        String explained = window.state.session.get().className(window.state.scores.get().module().info().classIndex());
        WaitForAsyncUtils.asyncFx(() -> {
            classes.setValue(classes.getItems().stream()
                    .filter(c -> ((BirdClass) c).displayName().equals(explained)).findFirst().orElseThrow());
            polarity.setValue("Negatives of the explained class");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).isEmpty();
        assertThat(placeholder.getText()).startsWith("No image matches: " + explained
                + " is the explained class, so none of its images is a negative of it");
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
