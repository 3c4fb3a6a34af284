package xspace.attribution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleShape;
import xspace.model.CnnBuilder;
import xspace.model.CnnInfo;
import xspace.model.CnnSpec;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;
import xspace.model.Normalisation;

/**
 * Not a test: times all five x-feature c-MWP heatmaps of one image against one forward pass, for
 * the demo network and a VGG19-sized one (random weights and module). Run with
 * {@code mvn -o -q test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=xspace.attribution.HeatmapBenchmark [-Dexec.args="demo|vgg19 REPEATS"]}.
 */
public final class HeatmapBenchmark {

    private HeatmapBenchmark() {
    }

    public static void main(String[] args) {
        String which = args.length > 0 ? args[0] : "both";
        int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        if (!which.equals("vgg19")) {
            run("demo (64 px, 12 classes)", CnnSpec.demo(64, 12), repeats);
        }
        if (!which.equals("demo")) {
            run("VGG19 (224 px, 200 classes)", CnnSpec.vgg19(224, 200), repeats);
        }
    }

    private static void run(String label, CnnSpec spec, int repeats) {
        List<String> classes = new ArrayList<>(Collections.nCopies(spec.classes(), "class"));
        CnnInfo info = new CnnInfo(classes, spec.inputSize(), InputLayout.NCHW, Normalisation.UNIT, CnnSpec.Z_LAYER,
                "benchmark", "benchmark");
        ExplainedCnn cnn = new ExplainedCnn(CnnBuilder.build(spec, 1), info);
        ModuleParameters parameters = ModuleParameters.initial(ModuleShape.forZ(cnn.zSize(), 5), true, 7,
                DataType.FLOAT);
        ExcitationBackprop backprop = new ExcitationBackprop(cnn, new ExplanationModule(null, parameters), null);
        INDArray input = Nd4j.rand(DataType.FLOAT, 1, 3, spec.inputSize(), spec.inputSize());
        List<Target> targets = List.of(Target.xFeature(0), Target.xFeature(1), Target.xFeature(2), Target.xFeature(3),
                Target.xFeature(4));
        HeatmapTiming timing = HeatmapTiming.measure(cnn, backprop, input, targets, repeats);
        System.out.printf("%s, heatmap layer %s: %s%n", label, backprop.heatmapLayer(), timing.describe());
    }
}
