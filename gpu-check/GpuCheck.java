import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.LayerMaps;
import xspace.attribution.Target;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleShape;
import xspace.gpu.GpuExecutor;
import xspace.gpu.GpuExecutors;
import xspace.model.CnnBuilder;
import xspace.model.CnnInfo;
import xspace.model.CnnSpec;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;
import xspace.model.Normalisation;

/**
 * The GPU check: `agree` compares the GPU executor's maps and features with the CPU path's on the
 * same networks and inputs (run it with XSPACE_GPU_MATH=exact); `time` measures VGG19 at 224 × 224.
 */
public final class GpuCheck {

    public static void main(String[] args) throws Exception {
        xspace.engine.BackendSelection.select();
        System.out.println("executor: " + GpuExecutors.status());
        if (args[0].equals("agree")) {
            boolean ok = agree("channels-last", channelsLast(), 16, null);
            ExplainedCnn vgg = vgg19();
            ok &= agree("vgg19 224", vgg, 224, module(vgg));
            System.out.println(ok ? "AGREEMENT OK" : "AGREEMENT FAILED");
            System.exit(ok ? 0 : 1);
        }
        time(vgg19());
    }

    static ExplainedCnn vgg19() {
        CnnSpec spec = CnnSpec.vgg19(224, 200);
        CnnInfo info = new CnnInfo(java.util.Collections.nCopies(200, "c"), 224, InputLayout.NCHW, Normalisation.UNIT,
                CnnSpec.Z_LAYER, "check", null);
        return new ExplainedCnn(CnnBuilder.build(spec, 1), info);
    }

    /** A Keras-like channels-last network (conv, pool, conv, pool, dense, output), as Keras imports are. */
    static ExplainedCnn channelsLast() {
        var conf = new org.deeplearning4j.nn.conf.NeuralNetConfiguration.Builder().seed(3)
                .weightInit(org.deeplearning4j.nn.weights.WeightInit.RELU).list();
        for (int block = 1; block <= 2; block++) {
            conf.layer(new org.deeplearning4j.nn.conf.layers.ConvolutionLayer.Builder(3, 3).nOut(8 * block)
                    .convolutionMode(org.deeplearning4j.nn.conf.ConvolutionMode.Same).dataFormat(CNN2DFormat.NHWC)
                    .activation(Activation.RELU).name("block" + block + "_conv1").build());
            conf.layer(new org.deeplearning4j.nn.conf.layers.SubsamplingLayer.Builder().kernelSize(2, 2).stride(2, 2)
                    .dataFormat(CNN2DFormat.NHWC).name("block" + block + "_pool").build());
        }
        conf.layer(new org.deeplearning4j.nn.conf.layers.DenseLayer.Builder().nOut(16).activation(Activation.RELU)
                .name("fc1").build());
        conf.layer(new org.deeplearning4j.nn.conf.layers.OutputLayer.Builder().nOut(3).activation(Activation.SOFTMAX)
                .name("predictions").build());
        var network = new org.deeplearning4j.nn.multilayer.MultiLayerNetwork(conf.setInputType(
                org.deeplearning4j.nn.conf.inputs.InputType.convolutional(16, 16, 3, CNN2DFormat.NHWC)).build());
        network.init();
        return new ExplainedCnn(network, new CnnInfo(java.util.List.of("a", "b", "c"), 16, InputLayout.NHWC,
                Normalisation.UNIT, "fc1", "check", null));
    }

    static ExplanationModule module(ExplainedCnn cnn) {
        return new ExplanationModule(null, ModuleParameters.initial(ModuleShape.forZ(cnn.zSize(), 5), true, 2,
                DataType.FLOAT));
    }

    static INDArray input(ExplainedCnn cnn, int batch, int size) {
        Nd4j.getRandom().setSeed(7);
        long[] shape = cnn.info().layout() == InputLayout.NHWC ? new long[] {batch, size, size, 3}
                : new long[] {batch, 3, size, size};
        return Nd4j.rand(DataType.FLOAT, shape);
    }

    static boolean agree(String name, ExplainedCnn cnn, int size, ExplanationModule module) {
        INDArray batch = input(cnn, 2, size);
        GpuExecutor gpu = GpuExecutors.open(cnn, module, null).orElseThrow(() -> new IllegalStateException(
                "the GPU executor did not open: " + GpuExecutors.status()));
        ExcitationBackprop cpu = new ExcitationBackprop(cnn, module, null);
        ExplainedCnn.Forward a = gpu.forward(batch);
        ExplainedCnn.Forward b = cnn.forward(batch);
        double minimum = Math.min(pearson(a.z(), b.z()), pearson(a.logits(), b.logits()));
        System.out.printf("%s: Z %s, ŷ pearson %.6f / %.6f%n", name, a.z().shapeInfoToString().split("\n")[0],
                pearson(a.z(), b.z()), pearson(a.logits(), b.logits()));
        // every kind of target in both modes on the small network; on VGG19, whose CPU reference is
        // slow, MWP for logits and c-MWP for Z units and x-features
        record Pass(List<Target> targets, boolean contrastive) {
        }
        boolean small = module == null;
        List<Pass> passes = new ArrayList<>();
        for (boolean contrastive : new boolean[] {false, true}) {
            if (small || !contrastive) {
                passes.add(new Pass(List.of(Target.logit(0), Target.logit(1)), contrastive));
            }
            if (small || contrastive) {
                passes.add(new Pass(List.of(Target.zUnit(3)), contrastive));
            }
        }
        if (module != null) {
            passes.add(new Pass(IntStream.range(0, 5).mapToObj(Target::xFeature).toList(), true));
        }
        for (Pass pass : passes) {
            List<Target> targets = pass.targets();
            boolean contrastive = pass.contrastive();
            List<LayerMaps> maps = gpu.maps(batch, targets, contrastive);
            for (int i = 0; i < batch.size(0); i++) {
                INDArray one = batch.get(NDArrayIndex.interval(i, i + 1)).dup();
                LayerMaps expected = contrastive ? cpu.contrastiveMwp(one, targets) : cpu.mwp(one, targets);
                for (int t = 0; t < targets.size(); t++) {
                    double r = pearson(maps.get(i).maps()[t], expected.maps()[t]);
                    minimum = Math.min(minimum, r);
                    System.out.printf("%s %s %s image %d at %s: pearson %.6f%n", name, targets.get(t).key(),
                            contrastive ? "c-MWP" : "MWP", i, gpu.heatmapLayer(), r);
                }
            }
        }
        System.out.printf("%s: smallest pearson %.6f (goal ≥ 0.999)%n", name, minimum);
        gpu.close();
        return minimum >= 0.999;
    }

    static void time(ExplainedCnn vgg) {
        xspace.gpu.TimingCheck.run(vgg, module(vgg));
    }

    static double pearson(INDArray a, INDArray b) {
        return pearson(a.castTo(DataType.FLOAT).reshape(a.length()).toFloatVector(),
                b.castTo(DataType.FLOAT).reshape(b.length()).toFloatVector());
    }

    static double pearson(float[] a, float[] b) {
        double ma = 0;
        double mb = 0;
        for (int i = 0; i < a.length; i++) {
            ma += a[i];
            mb += b[i];
        }
        ma /= a.length;
        mb /= b.length;
        double ab = 0;
        double aa = 0;
        double bb = 0;
        for (int i = 0; i < a.length; i++) {
            ab += (a[i] - ma) * (b[i] - mb);
            aa += (a[i] - ma) * (a[i] - ma);
            bb += (b[i] - mb) * (b[i] - mb);
        }
        return aa == 0 && bb == 0 ? 1 : ab / Math.sqrt(aa * bb);
    }
}
