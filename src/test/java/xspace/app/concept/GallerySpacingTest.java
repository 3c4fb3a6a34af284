package xspace.app.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import xspace.app.common.GridColumns;
import xspace.app.common.ThumbnailCache;
import xspace.data.CubDataset;
import xspace.data.CubFixture;
import xspace.data.CubReader;
import xspace.data.ValidationMode;

/** The gallery's columns spread over its width: as many as fit, and no strip left on the right. */
@ExtendWith(ApplicationExtension.class)
class GallerySpacingTest {

    private static final double CELL = ConceptGallery.THUMBNAIL + 8;

    @TempDir
    static Path dir;
    private static CubDataset dataset;
    private ConceptGallery gallery;
    private Stage stage;

    @BeforeAll
    static void writeDataset() {
        CubFixture.at(dir).write();
        dataset = CubReader.read(dir, ValidationMode.STRICT);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        gallery = new ConceptGallery();
        // 1280 × 720: the gallery was 880 wide, its five columns followed by a 140-pixel strip.
        stage.setScene(new Scene(gallery, 880, 400));
        stage.show();
    }

    @Test
    void asManyColumnsAsFitAndTheWidthShared() {
        for (double width = 200; width <= 2600; width += 0.5) {
            double row = width - 18;
            int fitting = Math.max(1, (int) Math.floor(row / (CELL + 12)));
            double spacing = GridColumns.spacingFor(width, CELL, 6);
            // As the grid's skin counts its columns with that spacing.
            int columns = Math.max(1, (int) Math.floor(row / (CELL + 2 * spacing)));
            assertThat(columns).as("width %s", width).isEqualTo(fitting);
            assertThat(spacing).isGreaterThanOrEqualTo(6);
            if (row >= CELL + 12) {
                assertThat(row - columns * (CELL + 2 * spacing)).as("strip at width %s", width)
                        .isBetween(0.0, 0.5 * columns + 1e-9); // a quarter pixel short on both sides of each
            }
        }
    }

    @Test
    void theCellsOnScreenReachTheRightEdge(FxRobot robot) throws Exception {
        ThumbnailCache cache = new ThumbnailCache(dataset, ConceptGallery.THUMBNAIL, 10);
        List<ConceptGallery.Item> items = dataset.images().stream()
                .map(image -> new ConceptGallery.Item(image, 1, 1, true, "about")).toList();
        robot.interact(() -> {
            // The stage is shared with other tests, which may have left it at another size.
            stage.setWidth(880);
            stage.setHeight(400);
            gallery.show(cache, null, items);
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gallery.lookupAll(".gallery-caption").size() == items.size()).get());
        // The spacing follows the width once the grid has its width: a layout pass after the first.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cells().get(0).getMinX() > 15);
        List<Bounds> cells = cells();
        assertThat(cells).hasSize(items.size()); // six cells: one row of five, one of one
        double left = cells.get(0).getMinX();
        double right = cells.get(cells.size() - 1).getMaxX();
        assertThat(left).as("first cell's left margin").isBetween(15.0, 25.0);
        double width = WaitForAsyncUtils.asyncFx(gallery::getWidth).get();
        assertThat(width).as("wide enough for five columns and a strip of 140 pixels").isEqualTo(880);
        assertThat(width - 18 - right).as("the margin after the last column").isBetween(left - 3, left + 3);
        cache.shutdown();
    }

    private List<Bounds> cells() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> gallery.lookupAll(".gallery-cell").stream()
                .map(Node::getParent).map(cell -> gallery.sceneToLocal(cell.localToScene(cell.getBoundsInLocal())))
                .sorted(Comparator.comparingDouble(Bounds::getMinX)).toList()).get();
    }
}
