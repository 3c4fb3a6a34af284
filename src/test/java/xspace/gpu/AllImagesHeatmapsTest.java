package xspace.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.attribution.CachedHeatmaps;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.Heatmap;
import xspace.attribution.HeatmapCache;
import xspace.attribution.HeatmapKey;
import xspace.attribution.Target;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.CubFixture;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.engine.CancelledException;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationModule;
import xspace.model.ExplainedCnn;

/** {@code heatmaps --all} on the executor (on the reference device): every image's maps, cached as the CPU path reads them. */
class AllImagesHeatmapsTest {

    @TempDir
    Path dir;

    private final ExplainedCnn cnn = GpuTestNets.nchw(71, true);
    private final ExplanationModule module = GpuTestNets.module(72);
    private final List<Target> targets = IntStream.range(0, 3).mapToObj(Target::xFeature).toList();

    private CubDataset dataset() {
        return CubReader.read(CubFixture.at(dir.resolve("data")).write().root(), ValidationMode.LENIENT);
    }

    @Test
    void everyImagesMapsGoToTheCacheAsTheCpuPathComputesThem() throws Exception {
        CubDataset dataset = dataset();
        HeatmapCache cache = new HeatmapCache(dir.resolve("cache"), 0);
        try (GpuExecutor gpu = new GpuExecutor(new ReferenceDevice(), cnn, module, null)) {
            int computed = new AllImagesHeatmaps(dataset, gpu, module, cache, 4).run(TaskMonitor.NONE);
            assertThat(computed).isEqualTo(dataset.images().size());
        }
        CachedHeatmaps cached = new CachedHeatmaps(new ExcitationBackprop(cnn, module, null), module, cache);
        CachedHeatmaps cpu = new CachedHeatmaps(new ExcitationBackprop(cnn, module, null), module, null);
        long passes = CachedHeatmaps.passes();
        for (BirdImage image : dataset.images()) {
            var picture = dataset.loadImage(image);
            List<Heatmap> read = cached.heatmaps(picture, HeatmapKey.ofImage(image.id()), targets, true);
            assertThat(CachedHeatmaps.passes()).as("read, not computed").isEqualTo(passes);
            List<Heatmap> expected = cpu.heatmaps(picture, HeatmapKey.ofImage(image.id()), targets, true);
            passes = CachedHeatmaps.passes();
            for (int t = 0; t < targets.size(); t++) {
                assertThat(read.get(t).values()).containsExactly(expected.get(t).values(), within(1e-5f));
            }
        }
    }

    @Test
    void aCancelledRunKeepsWhatItWroteAndTheNextDoesTheRest() throws Exception {
        CubDataset dataset = dataset();
        HeatmapCache cache = new HeatmapCache(dir.resolve("cache"), 0);
        AtomicBoolean cancelled = new AtomicBoolean();
        TaskMonitor cancelAfterOneBatch = new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
                cancelled.set(true);
            }

            @Override
            public boolean isCancelled() {
                return cancelled.get();
            }
        };
        int images = dataset.images().size();
        try (GpuExecutor gpu = new GpuExecutor(new ReferenceDevice(), cnn, module, null)) {
            assertThatThrownBy(() -> new AllImagesHeatmaps(dataset, gpu, module, cache, 2).run(cancelAfterOneBatch))
                    .isInstanceOf(CancelledException.class);
            assertThat(files(cache)).isEqualTo(2L * targets.size());
            assertThat(new AllImagesHeatmaps(dataset, gpu, module, cache, 2).run(TaskMonitor.NONE)).isEqualTo(images - 2);
            assertThat(files(cache)).isEqualTo((long) images * targets.size());
            assertThat(new AllImagesHeatmaps(dataset, gpu, module, cache, 2).run(TaskMonitor.NONE)).isZero();
        }
    }

    private static long files(HeatmapCache cache) throws Exception {
        try (var walk = Files.walk(cache.dir())) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".npy")).count();
        }
    }
}
