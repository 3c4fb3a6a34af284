package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.data.BirdImage;
import xspace.workspace.session.ZRows;
import xspace.app.image.ImageTable;

/**
 * The image browser: its filters, and its table of predictions and ŷ_j from the cached logits,
 * sortable, following the explained class, walked with the arrow keys in the order shown.
 */
class AppImageBrowserTest extends AppTestBase {

    @SuppressWarnings("unchecked")
    @Test
    void positivesAndNegativesOfTheExplainedClassPartitionTheImages(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        ChoiceBox<String> polarity = robot.lookup("#browser-polarity").queryAs(ChoiceBox.class);
        ComboBox<Object> classes = robot.lookup("#browser-class").queryAs(ComboBox.class);
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        int explained = window.state.scores.get().module().info().classIndex();
        ZRows zRows = window.state.session.get().zRows();
        WaitForAsyncUtils.asyncFx(() -> classes.setValue(classes.getItems().get(0))).get();
        int all = table.getItems().size();

        List<BirdImage> positives = shown(polarity, table, 1);
        List<BirdImage> negatives = shown(polarity, table, 2);
        assertThat(positives).isNotEmpty().allMatch(i -> zRows.label(i.id()) == explained);
        assertThat(negatives).isNotEmpty().allMatch(i -> zRows.label(i.id()) != explained);
        assertThat(positives.size() + negatives.size()).isEqualTo(all);
        assertThat(shown(polarity, table, 0)).hasSize(all);
    }

    @Test
    void eachImageShowsItsPredictionAndTheScoreOfTheExplainedClassFromTheCachedLogits(FxRobot robot)
            throws Exception {
        driver.awaitModule(window);
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        ZRows zRows = window.state.session.get().zRows();
        assertThat(column(table, "yhat").getText()).isEqualTo("ŷ_0");
        assertThat(column(table, "true-class").isVisible()).isFalse();

        for (BirdImage image : table.getItems()) {
            float[] logits = zRows.logits(image.id());
            int predicted = argmax(logits);
            String name = window.state.session.get().className(predicted);
            assertThat(cell(table, "predicted", image)).isEqualTo(name);
            assertThat((Float) cell(table, "yhat", image)).isEqualTo(logits[0]);
            assertThat(cell(table, "right", image)).isEqualTo(predicted == zRows.label(image.id()));
            assertThat(cell(table, "split", image)).isEqualTo(image.training() ? "train" : "test");
        }

        WaitForAsyncUtils.asyncFx(() -> window.state.classIndex.set(1)).get();
        AppDriver.await(() -> column(table, "yhat").getText().equals("ŷ_1") && window.tasks.running().isEmpty());
        for (BirdImage image : table.getItems()) {
            assertThat((Float) cell(table, "yhat", image)).isEqualTo(zRows.logits(image.id())[1]);
        }
    }

    @SuppressWarnings("unchecked")
    @Test
    void sortingByTheScoreOrdersTheTableAndTheArrowKeysFollowThatOrder(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        ComboBox<Object> classes = robot.lookup("#browser-class").queryAs(ComboBox.class);
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        WaitForAsyncUtils.asyncFx(() -> classes.setValue(classes.getItems().get(0))).get();
        TableColumn<BirdImage, ?> yHat = column(table, "yhat");
        robot.clickOn(robot.lookup(".column-header").match(n -> n.getId() != null && n.getId().equals("yhat"))
                .queryAs(javafx.scene.Node.class));
        robot.clickOn(robot.lookup(".column-header").match(n -> n.getId() != null && n.getId().equals("yhat"))
                .queryAs(javafx.scene.Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(yHat.getSortType()).isEqualTo(TableColumn.SortType.DESCENDING);
        List<Float> scores = table.getItems().stream().map(i -> (Float) yHat.getCellData(i)).toList();
        assertThat(scores).hasSizeGreaterThan(2).isSortedAccordingTo(java.util.Comparator.reverseOrder());

        robot.clickOn(robot.lookup("#image-list .table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 0).queryAs(javafx.scene.Node.class));
        AppDriver.await(() -> window.state.image.get() == table.getItems().get(0));
        robot.type(KeyCode.DOWN);
        AppDriver.await(() -> window.state.image.get() == table.getItems().get(1));
        robot.type(KeyCode.UP);
        AppDriver.await(() -> window.state.image.get() == table.getItems().get(0));
    }

    @SuppressWarnings("unchecked")
    @Test
    void tabIntoTheTableWithNothingSelectedThenDownShowsTheNextImage(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        ComboBox<Object> classes = robot.lookup("#browser-class").queryAs(ComboBox.class);
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        // Another class: the image explained so far leaves the list, and with it the selection.
        WaitForAsyncUtils.asyncFx(() -> classes.setValue(classes.getItems().stream()
                .filter(c -> ((xspace.data.BirdClass) c).id() != window.state.image.get().classId()
                        && ((xspace.data.BirdClass) c).id() != 0)
                .findFirst().orElseThrow())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getItems()).hasSizeGreaterThan(1);
        assertThat(table.getSelectionModel().getSelectedItem()).isNull();
        BirdImage before = window.state.image.get();

        robot.clickOn("#browser-search").type(KeyCode.TAB);
        AppDriver.await(table::isFocused);
        assertThat(table.getSelectionModel().getSelectedIndex()).as("the row reached with Tab is selected")
                .isEqualTo(table.getFocusModel().getFocusedIndex()).isEqualTo(0);
        BirdImage first = table.getItems().get(0);
        AppDriver.await(() -> window.state.image.get() == first && window.tasks.running().isEmpty());
        assertThat(first).isNotEqualTo(before);

        robot.type(KeyCode.DOWN);
        BirdImage second = table.getItems().get(1);
        assertThat(table.getSelectionModel().getSelectedItem()).isEqualTo(second);
        AppDriver.await(() -> window.state.image.get() == second && window.tasks.running().isEmpty());
        assertThat(robot.lookup(".score-summary .heading").queryAs(Label.class).getText())
                .startsWith(second.relativePath().substring(second.relativePath().lastIndexOf('/') + 1));
        robot.type(KeyCode.UP);
        AppDriver.await(() -> window.state.image.get() == first);
    }

    @Test
    void theVerdictMarkOfTheSelectedRowTakesTheSelectionsTextColour(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().clearAndSelect(0);
        });
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node row = robot.lookup("#image-list .table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 0).query();
        javafx.scene.control.Labeled mark = (javafx.scene.control.Labeled) row.lookupAll(".table-cell").stream()
                .filter(c -> c.getStyleClass().contains("right") || c.getStyleClass().contains("wrong"))
                .findFirst().orElseThrow();
        javafx.scene.control.Labeled file = (javafx.scene.control.Labeled) row.lookupAll(".table-cell").stream()
                .filter(c -> c != mark && !c.getStyleClass().contains("number")).findFirst().orElseThrow();
        assertThat(mark.getTextFill()).as("the mark on the selection bar").isEqualTo(file.getTextFill());
        assertThat(mark.getFont().getStyle()).containsIgnoringCase("bold");
    }

    @Test
    void theTestAccuracyOfTheCachedLogitsIsShownWithTheWorkspace(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        ZRows zRows = window.state.session.get().zRows();
        long tests = zRows.entries().stream().filter(e -> !e.training()).count();
        long right = zRows.entries().stream().filter(e -> !e.training())
                .filter(e -> argmax(zRows.logits(e.imageId())) == e.label()).count();
        String expected = String.format(java.util.Locale.ROOT, "Test accuracy %.1f %%", 100.0 * right / tests);
        assertThat(robot.lookup("#test-accuracy").queryAs(Label.class).getText()).isEqualTo(expected);
    }

    @Test
    void columnsShownOrHiddenAreRemembered(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        assertThat(column(table, "split").isVisible()).isFalse();
        WaitForAsyncUtils.asyncFx(() -> {
            column(table, "split").setVisible(true);
            column(table, "yhat").setVisible(false);
        }).get();

        MainWindow again = driver.restart();
        ImageTable restarted = again.imageView().browser().table();
        assertThat(column(restarted, "split").isVisible()).isTrue();
        assertThat(column(restarted, "yhat").isVisible()).isFalse();
        assertThat(column(restarted, "true-class").isVisible()).isFalse();
    }

    @Test
    void inANarrowWindowTheBrowserKeepsItsColumnsAndTheExplanationGivesWay(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.stage().setWidth(900));
        WaitForAsyncUtils.waitForFxEvents();
        ImageTable table = robot.lookup("#image-list").queryAs(ImageTable.class);
        List<TableColumn<BirdImage, ?>> shown = table.getVisibleLeafColumns();
        assertThat(shown).extracting(TableColumn::getId).containsExactly("file", "predicted", "yhat", "right");
        assertThat(shown).allSatisfy(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(c.getMinWidth()));
        assertThat(shown.stream().mapToDouble(TableColumn::getWidth).sum()).as("every column within the table")
                .isLessThanOrEqualTo(table.getWidth());
        assertThat(column(table, "predicted").getWidth()).isGreaterThan(70);
    }

    private static List<BirdImage> shown(ChoiceBox<String> polarity, ImageTable table, int choice) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> polarity.setValue(polarity.getItems().get(choice))).get();
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(table.getItems());
    }

    @SuppressWarnings("unchecked")
    private static TableColumn<BirdImage, ?> column(ImageTable table, String id) {
        return table.getColumns().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static Object cell(ImageTable table, String id, BirdImage image) {
        return column(table, id).getCellData(image);
    }

    private static int argmax(float[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            best = values[i] > values[best] ? i : best;
        }
        return best;
    }
}
