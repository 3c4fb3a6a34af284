package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The concept view's gallery draws the x-feature's heatmap over every visible image. */
class AppConceptGalleryTest extends AppTestBase {

    private List<StackPane> visibleCells() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> window.lookupAll(".gallery-cell").stream()
                    .filter(Node::isVisible).map(n -> (StackPane) ((javafx.scene.layout.VBox) n).getChildren().get(0))
                    .toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Image layer(StackPane cell, int index) {
        return ((ImageView) cell.getChildren().get(index)).getImage();
    }

    private boolean allHeatmapsShown() {
        List<StackPane> cells = visibleCells();
        return !cells.isEmpty() && cells.stream().allMatch(c -> layer(c, 0) != null && layer(c, 1) != null);
    }

    @Test
    void heatmapsArriveOverTheImagesAndFollowTheXFeatureAndOpacity(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.tabs().getSelectionModel().select(1));
        AppDriver.await(this::allHeatmapsShown);

        assertThat(WaitForAsyncUtils.asyncFx(() -> window.conceptView().gallery().cellsDrawn()).get()).isTrue();
        StackPane first = visibleCells().get(0);
        Image plain = layer(first, 0);
        Image heatmap = layer(first, 1);
        assertThat(heatmap.getWidth()).isEqualTo(plain.getWidth());
        assertThat(differingPixels(plain, heatmap)).as("a heatmap is drawn over the image").isPositive();

        robot.interact(() -> window.imageView().heatmapControls().opacity().set(0.3));
        assertThat(first.getChildren().get(1).getOpacity()).isEqualTo(0.3);

        int before = window.state.feature.get();
        robot.interact(() -> window.state.feature.set((before + 1) % AppTestWorkspace.N));
        AppDriver.await(this::allHeatmapsShown);
        Image other = layer(visibleCells().get(0), 1);
        assertThat(other).as("another x-feature, another heatmap").isNotSameAs(heatmap);
    }

    private static int differingPixels(Image a, Image b) {
        int count = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (a.getPixelReader().getArgb(x, y) != b.getPixelReader().getArgb(x, y)) {
                    count++;
                }
            }
        }
        return count;
    }
}
