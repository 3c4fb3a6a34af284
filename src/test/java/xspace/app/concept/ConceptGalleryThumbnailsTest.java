package xspace.app.concept;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import xspace.app.common.ThumbnailCache;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.CubFixture;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.workspace.session.ImageOverlay;

/**
 * The gallery's heatmaps are drawn once each however often the cells ask for them, and one that
 * cannot be drawn is said so in its cell, which no longer waits for it.
 */
@ExtendWith(ApplicationExtension.class)
class ConceptGalleryThumbnailsTest {

    @TempDir
    static Path dir;
    private static CubDataset dataset;
    private ConceptGallery gallery;

    @BeforeAll
    static void writeDataset() {
        CubFixture.at(dir).write();
        dataset = CubReader.read(dir, ValidationMode.STRICT);
    }

    @Start
    void start(Stage stage) {
        gallery = new ConceptGallery();
        stage.setScene(new Scene(gallery, 600, 400));
        stage.show();
    }

    @Test
    void aHeatmapThatCannotBeDrawnIsNamedInItsCellWhileTheImageShows(FxRobot robot) throws Exception {
        ThumbnailCache cache = new ThumbnailCache(dataset, ConceptGallery.THUMBNAIL, 10);
        AtomicInteger draws = new AtomicInteger();
        ImageOverlay broken = overlay("broken", (image, picture) -> {
            draws.incrementAndGet();
            throw new IOException("heatmap cache unreadable");
        });
        BirdImage image = dataset.images().get(0);
        robot.interact(() -> gallery.show(cache, broken,
                List.of(new ConceptGallery.Item(image, 1.5, 0.75, true, "about"))));

        // Not cellsDrawn alone: it holds at once, before the grid has laid out its first cell.
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gallery.cellsDrawn() && !gallery.lookupAll(".gallery-caption").isEmpty()).get());
        Label caption = robot.lookup(".gallery-caption").queryAs(Label.class);
        assertThat(caption.getText()).endsWith("· no heatmap");
        javafx.scene.Node cell = caption;
        while (!(cell instanceof javafx.scene.control.IndexedCell<?>)) {
            cell = cell.getParent();
        }
        assertThat(((javafx.scene.control.Control) cell).getTooltip().getText())
                .as("on the whole cell, not only its caption")
                .contains("The heatmap could not be drawn: heatmap cache unreadable");
        assertThat(WaitForAsyncUtils.asyncFx(gallery::describe).get())
                .contains("heatmap failed: heatmap cache unreadable").doesNotContain("image awaited");
        assertThat(((VBox) caption.getParent()).getChildren()).hasSize(2);

        // Laid out again, the cell asks again: the failure is told at once, not drawn anew.
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        int drawn = draws.get();
        for (int i = 1; i <= 3; i++) {
            int width = 600 + 20 * i;
            robot.interact(() -> gallery.getScene().getWindow().setWidth(width));
            WaitForAsyncUtils.sleep(100, TimeUnit.MILLISECONDS);
        }
        assertThat(draws).hasValue(drawn);
        assertThat(robot.lookup(".gallery-caption").queryAs(Label.class).getText()).endsWith("· no heatmap");
        cache.shutdown();
    }

    @Test
    void aNativeLibraryThatWouldNotLoadIsNamedInTheCellAndLaterCellsAreStillServed(FxRobot robot) throws Exception {
        ThumbnailCache cache = new ThumbnailCache(dataset, ConceptGallery.THUMBNAIL, 10);
        ImageOverlay unlinked = overlay("unlinked", (image, picture) -> {
            throw new UnsatisfiedLinkError("no jnind4jcpu in java.library.path");
        });
        BirdImage image = dataset.images().get(0);
        robot.interact(() -> gallery.show(cache, unlinked,
                List.of(new ConceptGallery.Item(image, 1.5, 0.75, true, "about"))));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gallery.describe().contains("heatmap failed: no jnind4jcpu")).get());

        robot.interact(() -> gallery.show(cache, overlay("fine", (i, picture) -> picture), items()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gallery.lookupAll(".gallery-heatmap").stream()
                        .filter(n -> ((ImageView) n).getImage() != null).count() == items().size()).get());
        cache.shutdown();
    }

    /**
     * The layer to draw at is known after the images show (the network loads meanwhile): the same
     * images, shown again with their heatmap, get it, though the grid is handed an equal list.
     */
    @Test
    void aHeatmapChosenAfterTheImagesShowIsDrawnOverTheSameImages(FxRobot robot) throws Exception {
        ThumbnailCache cache = new ThumbnailCache(dataset, ConceptGallery.THUMBNAIL, 50);
        robot.interact(() -> gallery.show(cache, null, items()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gallery.cellsDrawn() && gallery.lookupAll(".gallery-caption").size() == items().size()).get());
        robot.interact(() -> gallery.show(cache, overlay("known later", (image, picture) -> picture), items()));

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gallery.lookupAll(".gallery-heatmap").stream()
                        .filter(n -> ((ImageView) n).getImage() != null).count() == items().size()).get());
        assertThat(WaitForAsyncUtils.asyncFx(gallery::describe).get()).doesNotContain("awaited");
        cache.shutdown();
    }

    private interface Drawing {
        BufferedImage draw(BirdImage image, BufferedImage picture) throws IOException;
    }

    private static ImageOverlay overlay(String key, Drawing drawing) {
        return new ImageOverlay() {
            @Override
            public String key() {
                return key;
            }

            @Override
            public BufferedImage draw(BirdImage image, BufferedImage picture) throws IOException {
                return drawing.draw(image, picture);
            }
        };
    }

    /** One item per image of the dataset, made anew at each call (equal records, other objects). */
    private static List<ConceptGallery.Item> items() {
        return dataset.images().stream().map(i -> new ConceptGallery.Item(i, 1, 0.5, true, "about")).toList();
    }

    @Test
    void eachHeatmapIsDrawnOnceWhileTheCellsAskAgainAtEveryLayout(FxRobot robot) throws Exception {
        ThumbnailCache cache = new ThumbnailCache(dataset, ConceptGallery.THUMBNAIL, 50);
        Map<Integer, AtomicInteger> draws =
                new ConcurrentHashMap<>();
        ImageOverlay slow = overlay("slow", (image, picture) -> {
            draws.computeIfAbsent(image.id(), k -> new AtomicInteger()).incrementAndGet();
            WaitForAsyncUtils.sleep(60, TimeUnit.MILLISECONDS);
            return picture;
        });
        List<ConceptGallery.Item> items = items();
        robot.interact(() -> gallery.show(cache, slow, items));
        for (int i = 1; i <= 5; i++) { // layouts while the heatmaps are being drawn
            int width = 600 + 10 * i;
            robot.interact(() -> gallery.getScene().getWindow().setWidth(width));
            WaitForAsyncUtils.sleep(30, TimeUnit.MILLISECONDS);
        }
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> gallery.lookupAll(".gallery-heatmap").stream()
                        .filter(n -> ((ImageView) n).getImage() != null).count()
                        == items.size()).get());

        assertThat(draws).hasSize(items.size());
        assertThat(draws.values()).allSatisfy(count -> assertThat(count).hasValue(1));
        cache.shutdown();
    }
}
