package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.data.BirdImage;

/** The image browser's filter of positives and negatives of the explained class. */
class AppImageBrowserTest extends AppTestBase {

    @SuppressWarnings("unchecked")
    @Test
    void positivesAndNegativesOfTheExplainedClassPartitionTheImages(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        ChoiceBox<String> polarity = robot.lookup("#browser-polarity").queryAs(ChoiceBox.class);
        ComboBox<Object> classes = robot.lookup("#browser-class").queryAs(ComboBox.class);
        ListView<BirdImage> list = robot.lookup("#image-list").queryAs(ListView.class);
        int explained = window.state.scores.get().module().info().classIndex();
        FeatureTable features = window.state.session.get().features();
        WaitForAsyncUtils.asyncFx(() -> classes.setValue(classes.getItems().get(0))).get();
        int all = list.getItems().size();

        List<BirdImage> positives = shown(polarity, list, 1);
        List<BirdImage> negatives = shown(polarity, list, 2);
        assertThat(positives).isNotEmpty().allMatch(i -> features.label(i.id()) == explained);
        assertThat(negatives).isNotEmpty().allMatch(i -> features.label(i.id()) != explained);
        assertThat(positives.size() + negatives.size()).isEqualTo(all);
        assertThat(shown(polarity, list, 0)).hasSize(all);
    }

    private static List<BirdImage> shown(ChoiceBox<String> polarity, ListView<BirdImage> list, int choice)
            throws Exception {
        WaitForAsyncUtils.asyncFx(() -> polarity.setValue(polarity.getItems().get(choice))).get();
        WaitForAsyncUtils.waitForFxEvents();
        return List.copyOf(list.getItems());
    }
}
