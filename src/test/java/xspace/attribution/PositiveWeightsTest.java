package xspace.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.attribution.RuleReference.Window;

/**
 * The W⁺ rule of convolution and dense layers, each on a tiny random layer, against the
 * connection-by-connection reference (eq. 1–2), and the probability it conserves.
 */
class PositiveWeightsTest {

    private static final double TOLERANCE = 1e-5;

    static Stream<Arguments> convolutions() {
        return Stream.of(
                Arguments.of("3×3 stride 1 same", 3, 1, 1, 1, ConvolutionMode.Same, CNN2DFormat.NCHW, 7),
                Arguments.of("3×3 stride 2 padding 1", 3, 2, 1, 1, ConvolutionMode.Truncate, CNN2DFormat.NCHW, 8),
                Arguments.of("2×2 dilation 2", 2, 1, 0, 2, ConvolutionMode.Truncate, CNN2DFormat.NCHW, 6),
                Arguments.of("3×3 stride 1 same, channels last", 3, 1, 1, 1, ConvolutionMode.Same, CNN2DFormat.NHWC, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("convolutions")
    void convolutionMatchesTheReference(String name, int kernel, int stride, int padding, int dilation,
            ConvolutionMode mode, CNN2DFormat format, int size) {
        ConvolutionLayer conf = new ConvolutionLayer.Builder(kernel, kernel).stride(stride, stride)
                .padding(mode == ConvolutionMode.Same ? 0 : padding, mode == ConvolutionMode.Same ? 0 : padding)
                .dilation(dilation, dilation).convolutionMode(mode).dataFormat(format).nOut(4)
                .activation(Activation.RELU).build();
        SingleLayer layer = SingleLayer.of(conf, InputType.convolutional(size, size, 3, format), 31);
        int[] out = format == CNN2DFormat.NHWC
                ? new int[] {(int) layer.output().size(1), (int) layer.output().size(2)}
                : new int[] {(int) layer.output().size(2), (int) layer.output().size(3)};
        List<RuleReference.Edge> edges = RuleReference.convolution(layer.kernel(), new int[] {3, size, size}, out,
                new Window(kernel, stride, padding, dilation));
        layer.check(edges);
    }

    @Test
    void denseMatchesTheReference() {
        SingleLayer layer = SingleLayer.of(new DenseLayer.Builder().nOut(6).activation(Activation.RELU).build(),
                InputType.feedForward(10), 37);
        layer.check(RuleReference.dense(layer.layer().getParam("W").toDoubleMatrix()));
    }

    @Test
    void denseTopRuleMatchesTheReferenceForSeveralUnitsAtOnce() {
        // The top layer's rule gets the columns of the top units and P = 1 on each, one row per unit.
        SingleLayer layer = SingleLayer.of(new DenseLayer.Builder().nOut(5).activation(Activation.RELU).build(),
                InputType.feedForward(9), 41);
        INDArray columns = layer.layer().getParam("W").getColumns(1, 3);
        INDArray start = org.nd4j.linalg.factory.Nd4j.eye(2).castTo(columns.dataType());
        INDArray pIn = PositiveWeights.dense(columns).prepare(layer.input(), null).down(start);
        double[][] w = columns.toDoubleMatrix();
        for (int unit = 0; unit < 2; unit++) {
            double[] expected = RuleReference.down(RuleReference.dense(w), layer.chw(layer.input(), 0),
                    unit == 0 ? new double[] {1, 0} : new double[] {0, 1});
            assertThat(layer.chw(pIn, unit)).containsExactly(expected, within(TOLERANCE));
        }
    }
}
