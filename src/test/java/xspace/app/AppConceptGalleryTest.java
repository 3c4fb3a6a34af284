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
import xspace.workspace.session.GalleryFilter;
import xspace.testing.TestWorkspace;
import xspace.app.concept.ConceptGallery;

/**
 * The concept view's gallery draws the x-feature's heatmap over every visible image where it fires,
 * and no heatmap where it is silent.
 */
class AppConceptGalleryTest extends AppTestBase {

    private List<StackPane> visibleCells() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> window.lookupAll(".gallery-cell").stream()
                    .filter(AppConceptGalleryTest::onScreen).map(n -> (StackPane) ((javafx.scene.layout.VBox) n).getChildren().get(0))
                    .toList()).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Visible with every parent: a row the gallery keeps aside for reuse is invisible, its cells not. */
    private static boolean onScreen(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static Image layer(StackPane cell, int index) {
        return ((ImageView) cell.getChildren().get(index)).getImage();
    }

    /** Whether the cell's caption says the x-feature is silent (E = 0) on its image. */
    private static boolean silent(StackPane cell) {
        javafx.scene.layout.VBox box = (javafx.scene.layout.VBox) cell.getParent();
        return ((javafx.scene.control.Label) box.getChildren().get(1)).getText().contains("silent");
    }

    /** Every visible image drawn, with a heatmap where the x-feature fires and none where it is silent. */
    private boolean allHeatmapsShown() {
        List<StackPane> cells = visibleCells();
        return !cells.isEmpty() && cells.stream().allMatch(c -> layer(c, 0) != null
                && (layer(c, 1) != null) != silent(c));
    }

    /** What the gallery shows and what failed, for the message of a wait that timed out. */
    private String galleryState() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> "(layer " + window.imageView().heatmapControls().layer().get()
                    + ", gallery: " + window.conceptView().gallery().describe() + ", task failures: "
                    + driver.errors() + ")").get();
        } catch (Exception e) {
            return "(gallery state unreadable: " + e + ")";
        }
    }

    /** An x-feature of the module that fires on some image, from {@code from} on. */
    private int firingFeature(int from) {
        for (int k = 0; k < TestWorkspace.N; k++) {
            int feature = (from + k) % TestWorkspace.N;
            if (window.state.scores.get().firing(feature)[0] > 0) {
                return feature;
            }
        }
        throw new AssertionError("no x-feature fires on any image");
    }

    @Test
    void heatmapsArriveOverTheImagesAndFollowTheXFeatureAndOpacity(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        int shown = firingFeature(0);
        robot.interact(() -> {
            window.state.xFeature.set(shown);
            window.show(View.CONCEPT);
        });
        AppDriver.await(this::allHeatmapsShown, this::galleryState);

        assertThat(WaitForAsyncUtils.asyncFx(() -> window.conceptView().gallery().cellsDrawn()).get()).isTrue();
        StackPane first = visibleCells().get(0);
        Image plain = layer(first, 0);
        Image heatmap = layer(first, 1);
        assertThat(heatmap.getWidth()).isEqualTo(plain.getWidth());
        assertThat(differingPixels(plain, heatmap)).as("a heatmap is drawn over the image").isPositive();

        robot.interact(() -> window.imageView().heatmapControls().opacity().set(0.3));
        assertThat(first.getChildren().get(1).getOpacity()).isEqualTo(0.3);

        // An x-feature silent on every image: each cell says so and none gets a heatmap.
        int silentFeature = java.util.stream.IntStream.range(0, TestWorkspace.N)
                .filter(i -> window.state.scores.get().firing(i)[0] == 0).findFirst().orElseThrow();
        robot.interact(() -> window.state.xFeature.set(silentFeature));
        AppDriver.await(() -> !visibleCells().isEmpty() && visibleCells().stream().allMatch(
                c -> silent(c) && layer(c, 0) != null && layer(c, 1) == null), this::galleryState);
        assertThat(robot.lookup("#concept-warning").queryAs(javafx.scene.control.Label.class).getText())
                .startsWith("This x-feature is zero on every image of its class");

        robot.interact(() -> window.state.xFeature.set(shown));
        AppDriver.await(this::allHeatmapsShown, this::galleryState);
        assertThat(visibleCells()).noneMatch(AppConceptGalleryTest::silent);
    }

    @Test
    void theGalleryRanksByActivationOverTheWholeDatasetAndFilters(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        int shown = firingFeature(0);
        robot.interact(() -> {
            window.state.xFeature.set(shown);
            window.show(View.CONCEPT);
        });
        ConceptGallery gallery = window.conceptView().gallery();
        AppDriver.await(() -> !gallery.getItems().isEmpty());
        List<ConceptGallery.Item> all = List.copyOf(gallery.getItems());
        assertThat(all).hasSize(window.state.scores.get().imageCount());
        assertThat(all).extracting(ConceptGallery.Item::activation).isSortedAccordingTo(
                java.util.Comparator.reverseOrder());
        assertThat(all).anyMatch(ConceptGallery.Item::positive).anyMatch(i -> !i.positive());
        String explained = window.state.session.get().className(0);
        assertThat(robot.lookup("#concept-caption").queryAs(javafx.scene.control.Label.class).getText())
                .as("the caption says what the cells' marks mean").endsWith("(● " + explained + ", ○ other classes)");

        robot.interact(() -> window.conceptView().filterScope(GalleryFilter.Scope.OTHERS));
        AppDriver.await(() -> gallery.getItems().size() < all.size());
        assertThat(gallery.getItems()).isNotEmpty().noneMatch(ConceptGallery.Item::positive);
        robot.interact(() -> window.conceptView().filterScope(GalleryFilter.Scope.EXPLAINED));
        AppDriver.await(() -> gallery.getItems().stream().allMatch(ConceptGallery.Item::positive));
        assertThat(gallery.getItems()).hasSize((int) all.stream().filter(ConceptGallery.Item::positive).count());
        assertThat(gallery.getItems().get(0).about()).containsPattern("(training|test) split · network (right|wrong)");
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
