package xspace.attribution;

import java.util.Arrays;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import xspace.attribution.RuleReference.Window;

/**
 * Max, average and sum pooling, each on a tiny random input, against the reference: the
 * winner-take-all routing for max pooling, eq. 1–2 over the window's connections (weights 1/k² or
 * 1) for average and sum pooling; with padding, overlapping windows and both layouts.
 */
class PoolingRulesTest {

    static Stream<Arguments> windows() {
        return Stream.of(
                Arguments.of("2×2 stride 2", 2, 2, 0, ConvolutionMode.Truncate, CNN2DFormat.NCHW, 8),
                Arguments.of("3×3 stride 2 padding 1, overlapping", 3, 2, 1, ConvolutionMode.Truncate,
                        CNN2DFormat.NCHW, 7),
                Arguments.of("3×3 stride 1 same", 3, 1, 1, ConvolutionMode.Same, CNN2DFormat.NCHW, 5),
                Arguments.of("2×2 stride 2, channels last", 2, 2, 0, ConvolutionMode.Truncate, CNN2DFormat.NHWC, 6));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows")
    void maxPoolingRoutesEachWindowToItsWinner(String name, int kernel, int stride, int padding, ConvolutionMode mode,
            CNN2DFormat format, int size) {
        SingleLayer layer = layer(PoolingType.MAX, kernel, stride, padding, mode, format, size);
        int[] out = outSize(layer);
        double[] a = layer.chw(layer.input(), 0);
        boolean[] all = new boolean[(int) layer.output().length()];
        Arrays.fill(all, true);
        layer.check(p -> RuleReference.maxPooling(new int[] {3, size, size}, out, new Window(kernel, stride, padding, 1),
                a, p), all);
    }

    /** Every window with average pooling (weights 1/k²) and with sum pooling (weights 1). */
    static Stream<Arguments> linearPoolings() {
        return windows().flatMap(w -> Stream.of(PoolingType.AVG, PoolingType.SUM).map(type -> {
            Object[] args = Arrays.copyOf(w.get(), w.get().length + 1);
            args[0] = type + ", " + args[0];
            args[args.length - 1] = type;
            return Arguments.of(args);
        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("linearPoolings")
    void averageAndSumPoolingAreTheLinearLayersTheyAre(String name, int kernel, int stride, int padding,
            ConvolutionMode mode, CNN2DFormat format, int size, PoolingType type) {
        SingleLayer layer = layer(type, kernel, stride, padding, mode, format, size);
        double weight = type == PoolingType.AVG ? 1.0 / (kernel * kernel) : 1;
        layer.check(RuleReference.pooling(new int[] {3, size, size}, outSize(layer),
                new Window(kernel, stride, padding, 1), weight));
    }

    private static SingleLayer layer(PoolingType type, int kernel, int stride, int padding, ConvolutionMode mode,
            CNN2DFormat format, int size) {
        int explicit = mode == ConvolutionMode.Same ? 0 : padding;
        SubsamplingLayer conf = new SubsamplingLayer.Builder(type).kernelSize(kernel, kernel).stride(stride, stride)
                .padding(explicit, explicit).convolutionMode(mode).dataFormat(format).build();
        return SingleLayer.of(conf, InputType.convolutional(size, size, 3, format), 53);
    }

    private static int[] outSize(SingleLayer layer) {
        return layer.format() == CNN2DFormat.NHWC
                ? new int[] {(int) layer.output().size(1), (int) layer.output().size(2)}
                : new int[] {(int) layer.output().size(2), (int) layer.output().size(3)};
    }
}
