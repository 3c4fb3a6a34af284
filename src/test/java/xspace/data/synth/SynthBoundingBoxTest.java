package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import xspace.data.BoundingBox;
import xspace.data.PartLocation;

/**
 * The bounding box is tight around the bird: drawn alone on a flat key colour, every pixel that
 * is not the key colour lies in the box, and each edge of the box touches such a pixel.
 */
class SynthBoundingBoxTest {

    private static final Color KEY = new Color(255, 0, 255);
    private static final int SLACK = 1;

    @Test
    void theBoxContainsEveryBirdPixelAndEachEdgeTouchesOne() {
        for (Scene scene : TestScenes.sample(60, 64, 31)) {
            SceneRenderer.Rendering rendering = SceneRenderer.render(scene, RenderStyle.keyed(KEY));
            BoundingBox box = rendering.box();
            int[] mask = birdPixels(rendering.image());
            assertThat(mask[0]).as("left edge").isBetween((int) box.x(), (int) box.x() + SLACK);
            assertThat(mask[1]).as("top edge").isBetween((int) box.y(), (int) box.y() + SLACK);
            assertThat(mask[2]).as("right edge").isBetween((int) (box.x() + box.width()) - 1 - SLACK,
                    (int) (box.x() + box.width()) - 1);
            assertThat(mask[3]).as("bottom edge").isBetween((int) (box.y() + box.height()) - 1 - SLACK,
                    (int) (box.y() + box.height()) - 1);
            assertThat(box.within(scene.size(), scene.size())).isTrue();
        }
    }

    @Test
    void theBoxIsTheSameWhateverTheBackgroundAndContainsTheVisibleParts() {
        for (Scene scene : TestScenes.sample(30, 64, 32)) {
            BoundingBox photo = SceneRenderer.render(scene, RenderStyle.PHOTO).box();
            assertThat(photo).isEqualTo(SceneRenderer.render(scene, RenderStyle.keyed(KEY)).box());
            for (PartLocation part : PartAnnotator.annotate(scene)) {
                if (part.visible()) {
                    assertThat(photo.contains(part.x(), part.y())).as(part.name()).isTrue();
                }
            }
        }
    }

    /** {min x, min y, max x, max y} of the pixels that differ from the key colour. */
    private static int[] birdPixels(BufferedImage image) {
        int[] bounds = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != (KEY.getRGB() & 0xFFFFFF)) {
                    bounds[0] = Math.min(bounds[0], x);
                    bounds[1] = Math.min(bounds[1], y);
                    bounds[2] = Math.max(bounds[2], x);
                    bounds[3] = Math.max(bounds[3], y);
                }
            }
        }
        assertThat(bounds[2]).as("the bird was drawn").isGreaterThanOrEqualTo(0);
        return bounds;
    }
}
