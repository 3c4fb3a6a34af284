package xspace.gpu;

import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.attribution.HeatmapCache;
import xspace.attribution.LayerMaps;
import xspace.attribution.MwpSource;
import xspace.attribution.Target;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleShape;
import xspace.model.CnnInfo;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;
import xspace.model.Normalisation;

/**
 * Not a test: what `heatmaps --all` costs besides the maps, i.e. its rate with a device that takes
 * no time (reading and decoding every image, preprocessing it to 224 × 224, writing five 14 × 14
 * maps per image to the cache). Run with {@code java -cp target/test-classes:target/classes:target/lib/*
 * xspace.gpu.AllImagesJobBenchmark DATA CACHE} on a CUB-layout dataset.
 */
public final class AllImagesJobBenchmark {

    private AllImagesJobBenchmark() {
    }

    /** Maps of pool4's size at once, as a device that took no time would give them. */
    private record Instant(ExplainedCnn cnn) implements MwpSource {
        @Override
        public String heatmapLayer() {
            return "pool4";
        }

        @Override
        public LayerMaps mwp(INDArray input, List<Target> targets) {
            return contrastiveMwp(input, targets);
        }

        @Override
        public LayerMaps contrastiveMwp(INDArray input, List<Target> targets) {
            float[][] maps = new float[targets.size()][14 * 14];
            for (float[] map : maps) {
                java.util.Arrays.fill(map, (float) input.getDouble(0));
            }
            return new LayerMaps(maps, 14, 14);
        }
    }

    public static void main(String[] args) throws Exception {
        xspace.engine.BackendSelection.select();
        CubDataset dataset = CubReader.read(Path.of(args[0]), ValidationMode.LENIENT);
        ExplainedCnn tiny = GpuTestNets.nchw(1, true);
        ExplainedCnn cnn = new ExplainedCnn(tiny.network(), new CnnInfo(tiny.info().classNames(), 224,
                InputLayout.NCHW, Normalisation.UNIT, "fc6", "benchmark", "benchmark"));
        ExplanationModule module = new ExplanationModule(null,
                ModuleParameters.initial(ModuleShape.forZ(8, 5), true, 1, DataType.FLOAT));
        HeatmapCache cache = new HeatmapCache(Path.of(args[1]), 0);
        long start = System.nanoTime();
        int computed = new AllImagesHeatmaps(dataset, new Instant(cnn), module, cache, 32).run(TaskMonitor.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d images, 5 maps each, in %.1f s: %.0f images/s with %d processors%n", computed, seconds,
                computed / seconds, Runtime.getRuntime().availableProcessors());
    }
}
