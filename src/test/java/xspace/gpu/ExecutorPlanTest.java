package xspace.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import xspace.attribution.Target;
import xspace.explain.ModuleNetwork;
import xspace.model.CnnBuilder;
import xspace.model.CnnInfo;
import xspace.model.CnnSpec;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;
import xspace.model.Normalisation;

/** The mapping from DL4J layers to executor steps: calls, shapes, order and refusals, without a GPU. */
class ExecutorPlanTest {

    @Test
    void aVggStyleNetworkMapsLayerByLayer() {
        CnnSpec spec = new CnnSpec(32, List.of(8, 16), List.of(2, 1), List.of(32, 16), 5, 0.5);
        ExplainedCnn cnn = wrap(CnnBuilder.build(spec, 1), 32, InputLayout.NCHW);
        assertThat(ExecutorPlan.features(cnn).describe()).containsExactly(
                "input NCHW 3×32×32",
                "conv1_1: cudnnConvolutionForward 3×32×32 → 8×32×32 kernel [3, 3] stride [1, 1] padding [1, 1]",
                "conv1_1: cudnnActivationForward relu 8×32×32",
                "conv1_2: cudnnConvolutionForward 8×32×32 → 8×32×32 kernel [3, 3] stride [1, 1] padding [1, 1]",
                "conv1_2: cudnnActivationForward relu 8×32×32",
                "pool1: cudnnPoolingForward max 8×32×32 → 8×16×16 kernel [2, 2] stride [2, 2] padding [0, 0]",
                "conv2_1: cudnnConvolutionForward 8×16×16 → 16×16×16 kernel [3, 3] stride [1, 1] padding [1, 1]",
                "conv2_1: cudnnActivationForward relu 16×16×16",
                "pool2: cudnnPoolingForward max 16×16×16 → 16×8×8 kernel [2, 2] stride [2, 2] padding [0, 0]",
                "fc6: flatten NCHW 16×8×8 → 1024",
                "fc6: cublasSgemm 1024 → 32",
                "fc6: cudnnActivationForward relu 32",
                "fc7: cublasSgemm 32 → 16",
                "fc7: cudnnActivationForward relu 16",
                "predictions: cublasSgemm 16 → 5");
    }

    @Test
    void routesEndAtTheirTopUnitsAndKeepTheLayersOrder() {
        ExplainedCnn cnn = GpuTestNets.nchw(1, true);
        MultiLayerNetwork module = ModuleNetwork.encoderPredictor(GpuTestNets.module(2).parameters());
        ExecutorPlan xFeatures = ExecutorPlan.route(cnn, Target.Kind.XFEATURE, module, 1);
        assertThat(xFeatures.steps().stream().map(Step::name).distinct()).containsExactly("conv1", "pool1", "conv2",
                "pool2", "drop", "fc6", "encoder1", "encoder2", "xfeatures");
        assertThat(xFeatures.top().in()).isEqualTo(Shape.flat(8));
        assertThat(xFeatures.top().layer()).isEqualTo(cnn.zIndex() + 3);
        assertThat(xFeatures.steps().get(xFeatures.lastStepOf(1)).out()).isEqualTo(Shape.map(4, 6, 6));
        assertThat(xFeatures.describe()).contains("pool2: cudnnPoolingForward average 6×6×6 → 6×3×3 kernel [3, 3]"
                + " stride [2, 2] padding [1, 1]", "drop: dropout at inference, identity 6×3×3");
        ExecutorPlan logits = ExecutorPlan.route(cnn, Target.Kind.LOGIT, null, 0);
        assertThat(logits.top().name()).isEqualTo("predictions");
        assertThat(logits.top().out()).isEqualTo(Shape.flat(3));
        ExecutorPlan z = ExecutorPlan.route(cnn, Target.Kind.Z, null, 0);
        assertThat(z.top().name()).isEqualTo("fc6");
        assertThat(z.steps().get(z.steps().size() - 2)).isInstanceOf(Step.Flatten.class);
        assertThatThrownBy(() -> ExecutorPlan.route(cnn, Target.Kind.Z, null, cnn.zIndex()))
                .hasMessageContaining("not below");
        assertThatThrownBy(() -> ExecutorPlan.route(cnn, Target.Kind.LOGIT, null, 5)).hasMessageContaining("spatial");
    }

    @Test
    void aKerasNetworkFlattensChannelsLast() throws Exception {
        ExecutorPlan plan = ExecutorPlan.features(GpuTestNets.keras());
        assertThat(plan.layout()).isEqualTo(InputLayout.NHWC);
        assertThat(plan.describe().get(0)).isEqualTo("input NHWC 3×16×16 (cudnnTransformTensor NHWC → NCHW)");
        Step.Flatten flatten = plan.steps().stream().filter(Step.Flatten.class::isInstance)
                .map(Step.Flatten.class::cast).findFirst().orElseThrow();
        assertThat(flatten.order()).isEqualTo(InputLayout.NHWC);
        assertThat(flatten.call()).isEqualTo("cudnnTransformTensor");
        assertThat(plan.steps().stream().map(Step::call).distinct()).containsExactlyInAnyOrder(
                "cudnnConvolutionForward", "cudnnActivationForward", "cudnnPoolingForward", "cudnnTransformTensor",
                "cublasSgemm");
    }

    @Test
    void unsupportedLayersAreRefusedByName() {
        MultiLayerNetwork withBatchNorm = network(new ConvolutionLayer.Builder(3, 3).nOut(4)
                .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).name("conv1").build(),
                new BatchNormalization.Builder().name("bn1").build());
        assertThatThrownBy(() -> ExecutorPlan.features(wrap(withBatchNorm, 8, InputLayout.NCHW)))
                .isInstanceOf(UnsupportedLayerException.class).hasMessageContaining("'bn1'")
                .hasMessageContaining("batch normalization");
        MultiLayerNetwork uneven = network(new ConvolutionLayer.Builder(3, 3).nOut(4).stride(2, 2)
                .convolutionMode(ConvolutionMode.Same).activation(Activation.RELU).name("conv1").build(),
                new SubsamplingLayer.Builder().kernelSize(2, 2).stride(2, 2).name("pool1").build());
        assertThatThrownBy(() -> ExecutorPlan.features(wrap(uneven, 8, InputLayout.NCHW)))
                .hasMessageContaining("'conv1'").hasMessageContaining("uneven");
        MultiLayerNetwork sigmoid = network(new ConvolutionLayer.Builder(3, 3).nOut(4)
                .convolutionMode(ConvolutionMode.Same).activation(Activation.SIGMOID).name("conv1").build(),
                new SubsamplingLayer.Builder().kernelSize(2, 2).stride(2, 2).name("pool1").build());
        ExplainedCnn cnn = wrap(sigmoid, 8, InputLayout.NCHW);
        assertThat(ExecutorPlan.features(cnn).describe()).contains("conv1: cudnnActivationForward sigmoid 4×8×8");
        assertThatThrownBy(() -> ExecutorPlan.route(cnn, Target.Kind.LOGIT, null, 1))
                .hasMessageContaining("'conv1'").hasMessageContaining("non-negative");
    }

    /** conv/pool layers, then fc6 (Z) and a 3-class output, on 3×8×8 input. */
    private static MultiLayerNetwork network(org.deeplearning4j.nn.conf.layers.Layer first,
            org.deeplearning4j.nn.conf.layers.Layer second) {
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(first).layer(second)
                .layer(new DenseLayer.Builder().nOut(8).activation(Activation.RELU).name("fc6").build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).activation(Activation.SOFTMAX)
                        .name("predictions").build())
                .setInputType(InputType.convolutional(8, 8, 3)).build());
        network.init();
        return network;
    }

    private static ExplainedCnn wrap(MultiLayerNetwork network, int size, InputLayout layout) {
        int classes = (int) network.getLayer(network.getnLayers() - 1).getParam("W").size(1);
        return new ExplainedCnn(network, new CnnInfo(java.util.Collections.nCopies(classes, "c"), size, layout,
                Normalisation.UNIT, "fc6", "test", null));
    }
}
