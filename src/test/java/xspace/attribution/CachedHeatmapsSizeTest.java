package xspace.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.model.ExplainedCnn;

/** The cache keeps maps at their layer's size and gives them back at the image's. */
class CachedHeatmapsSizeTest {

    @TempDir
    Path dir;

    private final List<Target> targets = List.of(Target.logit(0), Target.logit(2));

    private static BufferedImage noise(int width, int height) {
        Random random = new Random(3);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(1 << 24));
            }
        }
        return image;
    }

    private CachedHeatmaps heatmaps(HeatmapCache cache) {
        ExplainedCnn cnn = TinyNets.nchw(5, true);
        return new CachedHeatmaps(new ExcitationBackprop(cnn, null, "pool1"), null, cache);
    }

    @Test
    void aCachedMapIsKeptAtItsLayersSizeAndReadAtTheImagesSize() throws Exception {
        HeatmapCache cache = new HeatmapCache(dir, 0);
        CachedHeatmaps heatmaps = heatmaps(cache);
        BufferedImage image = noise(24, 20);
        List<Heatmap> computed = heatmaps.heatmaps(image, "7", targets, true);
        Heatmap kept = cache.get(heatmaps.key("7", targets.get(0), true)).orElseThrow();
        assertThat(kept.width()).isEqualTo(4);
        assertThat(kept.height()).isEqualTo(4);
        long passes = CachedHeatmaps.passes();
        List<Heatmap> read = heatmaps.heatmaps(image, "7", targets, true);
        assertThat(CachedHeatmaps.passes()).isEqualTo(passes);
        for (int t = 0; t < targets.size(); t++) {
            assertThat(read.get(t).width()).isEqualTo(24);
            assertThat(read.get(t).height()).isEqualTo(20);
            assertThat(computed.get(t).sum()).isGreaterThan(0.5);
            assertThat(read.get(t).values()).containsExactly(computed.get(t).values(), within(1e-7f));
        }
    }

    @Test
    void anImageSizedMapThatAnEarlierReleaseKeptIsReadAsItIs() throws Exception {
        HeatmapCache cache = new HeatmapCache(dir, 0);
        CachedHeatmaps heatmaps = heatmaps(cache);
        float[] values = new float[24 * 20];
        values[5] = 1;
        for (Target target : targets) {
            cache.put(heatmaps.key("7", target, true), new Heatmap(values, 24, 20));
        }
        List<Heatmap> read = heatmaps.heatmaps(noise(24, 20), "7", targets, true);
        assertThat(read.get(1).values()).containsExactly(values);
    }
}
