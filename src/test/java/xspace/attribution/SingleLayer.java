package xspace.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.model.LayerKind;

/**
 * One DL4J layer in a network of its own, with random parameters of both signs and a random
 * positive input (a ReLU output), so that a rule can be checked alone: its rule from the table,
 * its input and output activations, and random P at its output.
 */
record SingleLayer(Layer layer, INDArray input, INDArray output, CNN2DFormat format) {

    static SingleLayer of(org.deeplearning4j.nn.conf.layers.Layer conf, InputType type, long seed) {
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().seed(seed).list()
                .layer(conf).setInputType(type).build());
        network.init();
        Random random = new Random(seed);
        Layer layer = network.getLayer(0);
        for (String key : layer.paramTable().keySet()) {
            INDArray value = TinyNets.gaussian(random, layer.getParam(key).shape(), 0.5);
            // Batch norm's scale and variance must stay positive to be a valid normalisation.
            layer.setParam(key, key.equals("gamma") || key.equals("var") ? Nd4j.math().abs(value).addi(0.5) : value);
        }
        CNN2DFormat format = type instanceof InputType.InputTypeConvolutional c ? c.getFormat() : null;
        INDArray input = TinyNets.input(seed + 1, shape(type));
        return new SingleLayer(layer, input, output(network, conf, type, input), format);
    }

    /** The layer's rule, from the table, bound to the input. */
    ExcitationRule.Prepared rule() {
        return ExcitationRules.below(layer).prepare(input, output);
    }

    /** The rule against a reference given as the layer's connections (eq. 1–2), see {@link #check}. */
    void check(List<RuleReference.Edge> edges) {
        double[] a = chw(input, 0);
        double[] evidence = RuleReference.evidence(edges, a, (int) output.length());
        boolean[] reached = new boolean[evidence.length];
        for (int j = 0; j < reached.length; j++) {
            reached[j] = evidence[j] > 0;
        }
        check(p -> RuleReference.down(edges, a, p), reached);
    }

    /**
     * Three rows of random P ≥ 0 through the layer's rule against {@code reference} (a row of P_out
     * to the row of P_in, in (channel, row, column) order), and conservation: each row of P_in is
     * non-negative and sums to the P_out of the output units in {@code reached}.
     */
    void check(UnaryOperator<double[]> reference, boolean[] reached) {
        long[] shape = output.shape().clone();
        shape[0] = 3;
        INDArray pOut = TinyNets.input(43, shape);
        INDArray pIn = rule().down(pOut);
        long[] inShape = input.shape().clone();
        inShape[0] = 3;
        assertThat(pIn.shape()).isEqualTo(inShape);
        for (int row = 0; row < 3; row++) {
            double[] p = chw(pOut, row);
            double[] actual = chw(pIn, row);
            assertThat(actual).containsExactly(reference.apply(p), within(1e-5));
            double conserved = 0;
            for (int j = 0; j < p.length; j++) {
                conserved += reached[j] ? p[j] : 0;
            }
            assertThat(Arrays.stream(actual).sum()).isCloseTo(conserved, within(1e-5 * p.length));
            assertThat(Arrays.stream(actual).min().orElseThrow()).isGreaterThanOrEqualTo(0);
        }
        // A layer that nothing reaches would make the comparison vacuous.
        assertThat(reached).contains(true);
    }

    /** Row {@code row} of an activation or P in (channel, row, column) order. */
    double[] chw(INDArray x, int row) {
        return TinyNets.chw(x, row, format);
    }

    /** The layer's weights as doubles, [out][in][ky][kx] for a convolution. */
    double[][][][] kernel() {
        INDArray w = layer.getParam("W");
        double[][][][] k = new double[(int) w.size(0)][(int) w.size(1)][(int) w.size(2)][(int) w.size(3)];
        for (int o = 0; o < k.length; o++) {
            for (int i = 0; i < k[o].length; i++) {
                for (int y = 0; y < k[o][i].length; y++) {
                    for (int x = 0; x < k[o][i][y].length; x++) {
                        k[o][i][y][x] = w.getDouble(o, i, y, x);
                    }
                }
            }
        }
        return k;
    }

    private static long[] shape(InputType type) {
        if (type instanceof InputType.InputTypeConvolutional c) {
            return c.getFormat() == CNN2DFormat.NHWC ? new long[] {1, c.getHeight(), c.getWidth(), c.getChannels()}
                    : new long[] {1, c.getChannels(), c.getHeight(), c.getWidth()};
        }
        return new long[] {1, ((InputType.InputTypeFeedForward) type).getSize()};
    }

    /**
     * The forward output; DL4J has no forward pass for sum pooling, whose rule needs only the
     * output's shape, so that one is a zero array of the shape DL4J declares.
     */
    private static INDArray output(MultiLayerNetwork network, org.deeplearning4j.nn.conf.layers.Layer conf,
            InputType type, INDArray input) {
        if (LayerKind.of(conf) == LayerKind.SUM_POOLING) {
            InputType out = network.getLayer(0).conf().getLayer().getOutputType(0, type);
            return Nd4j.zeros(input.dataType(), shape(out));
        }
        return network.feedForward(input, false).get(1);
    }

    static SubsamplingLayer pooling(PoolingType type, int kernel, int stride) {
        return new SubsamplingLayer.Builder(type).kernelSize(kernel, kernel).stride(stride, stride).build();
    }
}
