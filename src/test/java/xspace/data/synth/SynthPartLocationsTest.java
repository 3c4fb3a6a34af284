package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.data.PartLocation;

/** Each visible part location lies on the drawn part: the pixel there has the part's colour. */
class SynthPartLocationsTest {

    @Test
    void atTheDefaultSizeThePixelAtEveryVisiblePartHasThePartsColour() {
        List<String> misses = misses(TestScenes.sample(80, 128, 11), 4);
        assertThat(misses).isEmpty();
    }

    @Test
    void atHalfTheSizeOnlyAntialiasingBlendsNarrowParts() {
        // at 64 px a bill or leg is one to two pixels wide, so its edge shares the pixel
        List<String> misses = misses(TestScenes.sample(80, 64, 12), 40);
        assertThat(misses).isEmpty();
    }

    private static List<String> misses(List<Scene> scenes, int tolerance) {
        List<String> misses = new ArrayList<>();
        int checked = 0;
        for (Scene scene : scenes) {
            BufferedImage image = SceneRenderer.render(scene, RenderStyle.CLEAN).image();
            for (PartLocation part : PartAnnotator.annotate(scene)) {
                if (!part.visible()) {
                    continue;
                }
                Color expected = scene.plumage().fill(BodyRegion.ofCubPart(part.partId()));
                int distance = TestScenes.distance(image.getRGB((int) part.x(), (int) part.y()), expected);
                checked++;
                if (distance > tolerance) {
                    misses.add(part.name() + " of " + scene.species().name() + " off by " + distance);
                }
            }
        }
        assertThat(checked).as("visible parts checked").isGreaterThan(scenes.size() * 8);
        return misses;
    }
}
