package xspace.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.model.CnnBuilder;
import xspace.model.CnnInfo;
import xspace.model.CnnSpec;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;
import xspace.model.ModelException;
import xspace.model.Normalisation;

/** Heatmaps as files and pictures: normalisation, .npy and cache round trips, PNG size, colormaps. */
class HeatmapOutputTest {

    @TempDir
    Path dir;

    @Test
    void layerMapsAreResizedAndNormalisedToSumOne() {
        float[] map = {0, 1, 2, 3};
        Heatmap heatmap = Heatmap.fromLayerMap(map, 2, 2, 6, 4);
        assertThat(heatmap.width()).isEqualTo(6);
        assertThat(heatmap.height()).isEqualTo(4);
        assertThat(heatmap.sum()).isCloseTo(1, within(1e-6));
        assertThat(heatmap.at(5, 3)).isGreaterThan(heatmap.at(0, 0));
        assertThat(heatmap.at(0, 0)).isZero();
        Heatmap silent = Heatmap.fromLayerMap(new float[4], 2, 2, 3, 3);
        assertThat(silent.sum()).isZero();
    }

    @Test
    void cacheReturnsWhatWasPutUnderTheSameKeyOnly() throws Exception {
        HeatmapCache cache = new HeatmapCache(dir.resolve("cache"));
        HeatmapKey key = new HeatmapKey("abc123", HeatmapKey.moduleKey("srae-class-001", "ffee"), "42",
                Target.xFeature(3), "pool4", true);
        assertThat(cache.get(key)).isEmpty();
        Heatmap heatmap = Heatmap.fromLayerMap(new float[] {1, 0, 0, 2, 5, 1}, 2, 3, 5, 7);
        cache.put(key, heatmap);
        Heatmap back = cache.get(key).orElseThrow();
        assertThat(back.width()).isEqualTo(5);
        assertThat(back.height()).isEqualTo(7);
        assertThat(back.values()).containsExactly(heatmap.values());
        assertThat(cache.pathOf(key)).hasFileName("xfeature-3.npy");
        HeatmapKey plain = new HeatmapKey("abc123", HeatmapKey.moduleKey("srae-class-001", "ffee"), "42",
                Target.xFeature(3), "pool4", false);
        assertThat(cache.get(plain)).isEmpty();
    }

    @Test
    void renderingWritesAPngOfTheHeatmapsSize() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        Heatmap heatmap = Heatmap.fromLayerMap(new float[] {0, 0, 0, 1}, 2, 2, 40, 30);
        Path png = dir.resolve("h.png");
        new HeatmapRenderer(Colormap.JET).writePng(image, heatmap, png);
        BufferedImage written = ImageIO.read(png.toFile());
        assertThat(written.getWidth()).isEqualTo(40);
        assertThat(written.getHeight()).isEqualTo(30);
        // On a black image the hottest pixel shows the colormap's top colour, the coldest stays black.
        assertThat(written.getRGB(39, 29) & 0xFFFFFF).isEqualTo(Colormap.JET.rgb(1));
        assertThat(written.getRGB(0, 0) & 0xFFFFFF).isZero();
    }

    @Test
    void colormapEndpointsAreThePublishedOnes() {
        assertThat(Colormap.JET.rgb(0)).isEqualTo(0x000080);
        assertThat(Colormap.JET.rgb(0.5)).isEqualTo(0x80FF80);
        assertThat(Colormap.JET.rgb(1)).isEqualTo(0x800000);
        assertThat(Colormap.VIRIDIS.rgb(0)).isEqualTo(0x440154);
        assertThat(Colormap.VIRIDIS.rgb(1)).isEqualTo(0xFDE725);
        assertThat(Colormap.VIRIDIS.rgb(-3)).isEqualTo(Colormap.VIRIDIS.rgb(0));
    }

    @Test
    void defaultHeatmapLayerIsTheSecondToLastPool() {
        assertThat(ExcitationBackprop.defaultHeatmapLayer(demo(CnnSpec.demo(32, 4)))).isEqualTo("pool3");
        assertThat(ExcitationBackprop.defaultHeatmapLayer(TinyNets.nchw(1, true))).isEqualTo("pool1");
    }

    @Test
    void heatmapLayersAreTheSpatialLayersBelowZ() {
        assertThat(ExcitationBackprop.heatmapLayers(TinyNets.nchw(1, true))).containsExactly("conv1", "pool1", "conv2");
        // A dropout layer keeps its input's spatial layout; the dense and output layers have none.
        ExplainedCnn averaging = TinyNets.averaging(1, true);
        assertThat(ExcitationBackprop.heatmapLayers(averaging)).containsExactly("conv1", "pool1", "conv2", "drop2");
        ExplainedCnn explainedAtOutput = new ExplainedCnn(averaging.network(), new CnnInfo(List.of("a", "b", "c"), 8,
                InputLayout.NCHW, Normalisation.UNIT, "predictions", "test", null));
        List<String> layers = ExcitationBackprop.heatmapLayers(explainedAtOutput);
        assertThat(layers).containsExactly("conv1", "pool1", "conv2", "drop2");
        // Exactly these are the layers the constructor accepts.
        for (String name : explainedAtOutput.layerNames().subList(0, explainedAtOutput.zIndex())) {
            if (layers.contains(name)) {
                assertThat(new ExcitationBackprop(explainedAtOutput, null, name).heatmapLayer()).isEqualTo(name);
            } else {
                assertThatThrownBy(() -> new ExcitationBackprop(explainedAtOutput, null, name))
                        .isInstanceOf(ModelException.class).hasMessageContaining("no spatial output");
            }
        }
    }

    private static ExplainedCnn demo(CnnSpec spec) {
        CnnInfo info = new CnnInfo(java.util.Collections.nCopies(spec.classes(), "x"), spec.inputSize(),
                InputLayout.NCHW, Normalisation.UNIT, CnnSpec.Z_LAYER, "test", null);
        return new ExplainedCnn(CnnBuilder.build(spec, 1), info);
    }
}
