package xspace.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.HeatmapTiming;
import xspace.attribution.Target;
import xspace.engine.BackendChoice;
import xspace.engine.BackendSelection;
import xspace.engine.BackendReport;
import xspace.engine.GpuProbe;
import xspace.engine.TaskMonitor;
import xspace.explain.ClassSample;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleParameters;
import xspace.explain.Hyperparameters;
import xspace.gpu.GpuExecutors;
import xspace.explain.ModuleShape;
import xspace.explain.ModuleTrainer;
import xspace.model.CnnBuilder;
import xspace.model.CnnInfo;
import xspace.model.CnnSpec;
import xspace.model.ExplainedCnn;
import xspace.model.FlopCount;
import xspace.model.InputLayout;
import xspace.model.Normalisation;

/** {@code xspace bench}: the backend report and the speed of the heavy computations on it. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Report the compute backend and measure feature extraction, c-MWP heatmap and SRAE training speed.")
public final class BenchCommand implements Callable<Integer> {

    @Option(names = "--backend", description = "Only report which backend runs, on which device, and why.")
    boolean backendOnly;

    @Option(names = "--vgg19", description = "Also measure feature extraction on a VGG19-sized network (224 px, slow on a CPU).")
    boolean vgg19;

    @Option(names = "--batches", defaultValue = "5", converter = Ranges.Positive.class, description = "Timed batches per measurement (default: ${DEFAULT-VALUE}).")
    int batches;

    @Option(names = "--json", description = "Print the figures as JSON.")
    boolean json;

    @Override
    public Integer call() {
        Map<String, Object> decision = decision();
        if (!json) {
            // Printed before ND4J starts, so that the decision is seen even where ND4J cannot start.
            print(decision);
            System.out.flush();
        }
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("backend", BackendReport.current().toString());
        if (!backendOnly) {
            figures.put("featuresDemo64", featureThroughput(CnnSpec.demo(64, 12), 32));
            if (vgg19) {
                figures.put("featuresVgg19_224", featureThroughput(CnnSpec.vgg19(224, 200), 4));
            }
            figures.put("heatmapsDemo64", heatmapThroughput(CnnSpec.demo(64, 12)));
            figures.put("sraeEpochCubSized", sraeEpoch(8050, 4096, 5));
            GpuExecutors.gpuInShort().ifPresent(gpu -> figures.put("gpuExecutorVgg19_224", gpuExecutor(gpu)));
        }
        if (json) {
            decision.putAll(figures);
            System.out.println(Json.pretty(decision));
        } else {
            print(figures);
        }
        return 0;
    }

    /** Which backend was chosen and why, and the GPUs seen; found without starting ND4J. */
    private static Map<String, Object> decision() {
        Map<String, Object> decision = new LinkedHashMap<>();
        BackendChoice choice = BackendSelection.chosen().orElseGet(BackendSelection::select);
        decision.put("choice", choice.backend().name());
        decision.put("reason", choice.reason());
        decision.put("gpus", GpuProbe.devices().stream().map(g -> g.index() + ": " + g.name() + ", compute capability "
                + g.capability()).toList());
        decision.put("executor", GpuExecutors.status());
        return decision;
    }

    private static void print(Map<String, Object> figures) {
        figures.forEach((k, v) -> System.out.println(k + ": " + v));
    }

    /** Images per second of Z and ŷ extraction on random inputs, with the achieved GFLOP/s. */
    private Map<String, Object> featureThroughput(CnnSpec spec, int batch) {
        ExplainedCnn cnn = network(spec);
        INDArray input = Nd4j.rand(DataType.FLOAT, batch, 3, spec.inputSize(), spec.inputSize());
        cnn.forward(input);
        long start = System.nanoTime();
        for (int b = 0; b < batches; b++) {
            cnn.forward(input);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double imagesPerSecond = batches * batch / seconds;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("input", spec.inputSize());
        row.put("batch", batch);
        row.put("imagesPerSecond", round(imagesPerSecond));
        row.put("gflopPerImage", round(FlopCount.forward(cnn) / 1e9));
        row.put("gflopPerSecond", round(imagesPerSecond * FlopCount.forward(cnn) / 1e9));
        return row;
    }

    /** c-MWP heatmaps of all 5 x-features of one image: per second, and relative to one forward pass. */
    private Map<String, Object> heatmapThroughput(CnnSpec spec) {
        ExplainedCnn cnn = network(spec);
        ModuleShape shape = ModuleShape.forZ(cnn.zSize(), 5);
        ExplanationModule module = new ExplanationModule(null, ModuleParameters.initial(shape, false, 1, DataType.FLOAT));
        ExcitationBackprop backprop = new ExcitationBackprop(cnn, module, null);
        INDArray input = Nd4j.rand(DataType.FLOAT, 1, 3, spec.inputSize(), spec.inputSize());
        List<Target> targets = java.util.stream.IntStream.range(0, 5).mapToObj(Target::xFeature).toList();
        HeatmapTiming timing = HeatmapTiming.measure(cnn, backprop, input, targets, batches);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("input", spec.inputSize());
        row.put("heatmapLayer", backprop.heatmapLayer());
        row.put("heatmapsPerSecond", round(5 / timing.heatmapSeconds()));
        row.put("ratioToForward", round(timing.ratio()));
        return row;
    }

    /**
     * The GPU executor on VGG19 at 224 px, batch 32, where it runs: the figures of the goals in
     * docs/benchmarks.md, beside which PyTorch's can be put.
     */
    private Map<String, Object> gpuExecutor(String gpu) {
        ExplainedCnn cnn = network(CnnSpec.vgg19(224, 200));
        ModuleShape shape = ModuleShape.forZ(cnn.zSize(), 5);
        ExplanationModule module = new ExplanationModule(null, ModuleParameters.initial(shape, false, 1, DataType.FLOAT));
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("gpu", gpu);
        GpuExecutors.timing(cnn, module, 32, batches).ifPresent(t -> {
            row.put("batch", t.batch());
            row.put("forwardMs", round(t.forwardMs()));
            row.put("uploadMs", round(t.uploadMs()));
            row.put("forwardInputOnGpuMs", round(t.residentForwardMs()));
            row.put("fiveMapsOneImageMs", round(t.imageMapsMs()));
            row.put("fiveMapsBatchImagesPerSecond", round(t.batchImagesPerSecond()));
        });
        return row;
    }

    private static ExplainedCnn network(CnnSpec spec) {
        CnnInfo info = new CnnInfo(java.util.Collections.nCopies(spec.classes(), "c"), spec.inputSize(),
                InputLayout.NCHW, Normalisation.UNIT, CnnSpec.Z_LAYER, "bench", null);
        return new ExplainedCnn(CnnBuilder.build(spec, 1), info);
    }

    /** Seconds of one joint SRAE epoch (batch 50) on random data of the given size, with GFLOP/s. */
    private static Map<String, Object> sraeEpoch(int examples, int zSize, int n) {
        Random random = new Random(1);
        float[] z = new float[examples * zSize];
        for (int i = 0; i < z.length; i++) {
            z[i] = random.nextFloat();
        }
        INDArray zs = Nd4j.create(z, new long[] {examples, zSize}, 'c');
        INDArray target = Nd4j.rand(DataType.FLOAT, examples, 1);
        boolean[] positive = new boolean[examples];
        for (int i = 0; i < 50; i++) {
            positive[i] = true;
        }
        ClassSample sample = new ClassSample(0, zs, target, target, Nd4j.valueArrayOf(new long[] {examples, 1},
                1f / examples, DataType.FLOAT), new int[examples], positive);
        Hyperparameters h = Hyperparameters.builder().epochs(1).pretrainEpochs(0).build();
        long start = System.nanoTime();
        new ModuleTrainer(ExplanationMethod.SRAE, n, 1).train(sample, h, 1, TaskMonitor.NONE);
        double seconds = (System.nanoTime() - start) / 1e9;
        ModuleShape s = ModuleShape.forZ(zSize, n);
        long macs = (long) zSize * s.hidden1() + (long) s.hidden1() * s.hidden2() + (long) s.hidden2() * n;
        double flops = 2.0 * 2 * macs * 3 * examples;
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("examples", examples);
        row.put("z", zSize);
        row.put("shape", s.zSize() + "-" + s.hidden1() + "-" + s.hidden2() + "-" + n);
        row.put("secondsPerEpoch", round(seconds));
        row.put("gflopPerSecond", round(flops / seconds / 1e9));
        return row;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
