package xspace.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import xspace.model.LayerKind;
import xspace.model.ModelException;

/**
 * The rule table: which kinds it holds, that the shape-keeping kinds pass P through unchanged,
 * and that everything else is refused by the layer's name with the list of what is supported.
 */
class ExcitationRulesTest {

    private static final InputType GRID = InputType.convolutional(6, 6, 3);

    @Test
    void theTableHoldsTheWeightedAndPoolingKindsAndEveryShapeKeepingKind() {
        EnumSet<LayerKind> expected = EnumSet.of(LayerKind.CONVOLUTION, LayerKind.DENSE, LayerKind.MAX_POOLING,
                LayerKind.AVERAGE_POOLING, LayerKind.SUM_POOLING);
        Arrays.stream(LayerKind.values()).filter(LayerKind::keepsShape).forEach(expected::add);
        assertThat(ExcitationRules.supported()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void dropoutPassesProbabilityThroughUnchanged() {
        passesThrough(new DropoutLayer.Builder(0.5).activation(Activation.IDENTITY).build());
    }

    @Test
    void batchNormalisationPassesProbabilityThroughUnchanged() {
        passesThrough(new BatchNormalization.Builder().activation(Activation.IDENTITY).build());
    }

    @Test
    void reluActivationLayerPassesProbabilityThroughUnchanged() {
        passesThrough(new ActivationLayer.Builder().activation(Activation.RELU).build());
    }

    @Test
    void kindsWithoutARuleAreRefusedByNameWithWhatIsSupported() {
        String supported = "supported are convolution, dense, max pooling, average pooling, sum pooling, "
                + "batch normalization, dropout, activation";
        assertThatThrownBy(() -> rule(new SubsamplingLayer.Builder(PoolingType.PNORM).pnorm(2).kernelSize(2, 2)
                .stride(2, 2).name("pnorm1").build(), GRID))
                .isInstanceOf(ModelException.class).hasMessageContaining("'pnorm1'").hasMessageContaining("PNORM pooling")
                .hasMessageContaining(supported);
        assertThatThrownBy(() -> rule(new Deconvolution2D.Builder(2, 2).nOut(2).activation(Activation.RELU)
                .name("up1").build(), GRID))
                .isInstanceOf(ModelException.class).hasMessageContaining("'up1' (Deconvolution2D)")
                .hasMessageContaining(supported);
        assertThatThrownBy(() -> rule(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nOut(2).activation(Activation.IDENTITY)
                .name("scores").build(), InputType.feedForward(4)))
                .isInstanceOf(ModelException.class).hasMessageContaining("'scores' (OutputLayer)");
    }

    @Test
    void activationsThatCanTurnNegativeAreRefusedByName() {
        assertThatThrownBy(() -> rule(new ConvolutionLayer.Builder(3, 3).nOut(2).activation(Activation.TANH)
                .name("conv1").build(), GRID))
                .isInstanceOf(ModelException.class).hasMessageContaining("'conv1'").hasMessageContaining("tanh");
    }

    @Test
    void topUnitsMustLieInAFullyConnectedLayer() {
        SingleLayer convolution = SingleLayer.of(new ConvolutionLayer.Builder(3, 3).nOut(2)
                .activation(Activation.RELU).name("conv1").build(), GRID, 3);
        assertThatThrownBy(() -> ExcitationRules.topWeights(convolution.layer()))
                .isInstanceOf(ModelException.class).hasMessageContaining("fully-connected");
        SingleLayer output = SingleLayer.of(new OutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX).build(),
                InputType.feedForward(4), 3);
        assertThat(ExcitationRules.topWeights(output.layer()).shape()).containsExactly(4, 2);
    }

    private static void passesThrough(Layer conf) {
        SingleLayer layer = SingleLayer.of(conf, GRID, 61);
        boolean[] all = new boolean[(int) layer.output().length()];
        Arrays.fill(all, true);
        layer.check(p -> p, all);
    }

    private static ExcitationRule rule(Layer conf, InputType type) {
        return ExcitationRules.below(SingleLayer.of(conf, type, 5).layer());
    }
}
