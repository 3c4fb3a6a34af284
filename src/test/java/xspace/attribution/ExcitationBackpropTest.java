package xspace.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.explain.ExplanationModule;
import xspace.model.ExplainedCnn;
import xspace.model.KerasImport;

/**
 * Excitation Backprop against the brute-force reference, for channels-first networks with max or
 * average pooling and for a channels-last one.
 */
class ExcitationBackpropTest {

    private static final double TOLERANCE = 1e-5;

    /**
     * The max-pooling network and the one with average pooling and a dropout layer, each with two
     * seeds under which every compared map has some mass, and the layers an x-feature's pass walks.
     */
    static Stream<Arguments> networks() {
        LongFunction<ExplainedCnn> max = seed -> TinyNets.nchw(seed, true);
        LongFunction<ExplainedCnn> average = seed -> TinyNets.averaging(seed, true);
        return Stream.of(
                Arguments.of("max pooling", max, new long[] {3, 7},
                        List.of("encoder2", "encoder1", "fc6", "conv2", "pool1", "conv1")),
                Arguments.of("average pooling, dropout", average, new long[] {2, 2},
                        List.of("encoder2", "encoder1", "fc6", "drop2", "conv2", "pool1", "conv1")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void xFeaturesMatchTheBruteForceReferenceAtEveryLayer(String name, LongFunction<ExplainedCnn> network, long[] seeds,
            List<String> layers) {
        ExplainedCnn cnn = network.apply(seeds[0]);
        ExplanationModule module = TinyNets.module(4, true);
        INDArray input = TinyNets.input(5, 1, 3, 8, 8);
        int z = cnn.zIndex();
        BruteForceMwp reference = new BruteForceMwp(TinyNets.bruteForce(cnn.network(), 3, 8, z, module));
        ExcitationBackprop backprop = new ExcitationBackprop(cnn, module, "conv1");
        List<Target> targets = List.of(Target.xFeature(0), Target.xFeature(1), Target.xFeature(2));
        for (boolean contrastive : new boolean[] {false, true}) {
            Propagation pass = backprop.propagate(input, targets, contrastive);
            assertThat(pass.layers()).containsExactlyElementsOf(layers);
            for (int unit = 0; unit < 3; unit++) {
                // The x-features lie three layers above Z: encoder1, encoder2, xfeatures.
                compare(pass, unit, reference.mwp(values(input), z + 3, unit, contrastive, 0), CNN2DFormat.NCHW);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("networks")
    void logitsAndZUnitsMatchTheBruteForceReference(String name, LongFunction<ExplainedCnn> network, long[] seeds) {
        ExplainedCnn cnn = network.apply(seeds[1]);
        INDArray input = TinyNets.input(8, 1, 3, 8, 8);
        int z = cnn.zIndex();
        BruteForceMwp reference = new BruteForceMwp(TinyNets.bruteForce(cnn.network(), 3, 8, z + 1, null));
        ExcitationBackprop backprop = new ExcitationBackprop(cnn, null, "conv1");
        for (boolean contrastive : new boolean[] {false, true}) {
            Propagation logits = backprop.propagate(input, List.of(Target.logit(0), Target.logit(2)), contrastive);
            compare(logits, 0, reference.mwp(values(input), z + 1, 0, contrastive, 0), CNN2DFormat.NCHW);
            compare(logits, 1, reference.mwp(values(input), z + 1, 2, contrastive, 0), CNN2DFormat.NCHW);
            Propagation zUnit = backprop.propagate(input, List.of(Target.zUnit(5)), contrastive);
            compare(zUnit, 0, reference.mwp(values(input), z, 5, contrastive, 0), CNN2DFormat.NCHW);
        }
    }

    @Test
    void channelsLastKerasNetworkMatchesTheBruteForceReference() throws Exception {
        ExplainedCnn cnn = KerasImport.importModel(Path.of(getClass().getResource("/keras/tiny_vgg_sequential.h5")
                .toURI()), null);
        INDArray batch = Nd4j.createFromNpyFile(Path.of(getClass().getResource("/keras/input_nhwc.npy").toURI())
                .toFile());
        INDArray input = batch.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, 1)).dup();
        double[] chw = TinyNets.chw(input, 0, CNN2DFormat.NHWC);
        BruteForceMwp reference = new BruteForceMwp(TinyNets.bruteForce(cnn.network(), 3, 16, 5, null));
        double[] logits = reference.forward(chw).get(6);
        assertThat(logits).containsExactly(cnn.forward(input).logits().toDoubleVector(), within(1e-3));
        ExcitationBackprop backprop = new ExcitationBackprop(cnn, null, "block1_conv1");
        for (boolean contrastive : new boolean[] {false, true}) {
            for (int j = 0; j < 3; j++) {
                Propagation pass = backprop.propagate(input, List.of(Target.logit(j)), contrastive);
                compare(pass, 0, reference.mwp(chw, 5, j, contrastive, 0), CNN2DFormat.NHWC);
            }
            Propagation fc1 = backprop.propagate(input, List.of(Target.zUnit(3), Target.zUnit(11)), contrastive);
            compare(fc1, 0, reference.mwp(chw, 4, 3, contrastive, 0), CNN2DFormat.NHWC);
            compare(fc1, 1, reference.mwp(chw, 4, 11, contrastive, 0), CNN2DFormat.NHWC);
        }
    }

    @Test
    void mwpConservesProbabilityWhenEveryActiveUnitHasPositiveEvidence() {
        // Without biases a positive ReLU output implies Wa > 0, hence N = W⁺a > 0: nothing is lost.
        ExplainedCnn cnn = TinyNets.nchw(11, false);
        ExplanationModule module = TinyNets.module(12, false);
        Propagation pass = new ExcitationBackprop(cnn, module, "conv1")
                .propagate(TinyNets.input(13, 1, 3, 8, 8), List.of(Target.xFeature(0), Target.xFeature(1),
                        Target.xFeature(2)), false);
        int conserved = 0;
        for (int unit = 0; unit < 3; unit++) {
            double top = pass.signals().get(0).getRow(unit).sumNumber().doubleValue();
            assertThat(top).satisfiesAnyOf(m -> assertThat(m).isCloseTo(1, within(TOLERANCE)),
                    m -> assertThat(m).isZero());
            for (INDArray signal : pass.signals()) {
                double mass = signal.get(org.nd4j.linalg.indexing.NDArrayIndex.point(unit)).sumNumber().doubleValue();
                assertThat(mass).as("layer mass of x-feature %d", unit).isCloseTo(top, within(TOLERANCE));
                assertThat(signal.minNumber().doubleValue()).isGreaterThanOrEqualTo(0);
            }
            conserved += top > 0.5 ? 1 : 0;
        }
        assertThat(conserved).isPositive();
    }

    @Test
    void contrastIsTheTargetMinusTheDualAtEveryLayer() {
        ExplainedCnn cnn = TinyNets.nchw(17, true);
        ExplanationModule module = TinyNets.module(18, true);
        ExplanationModule negated = new ExplanationModule(null, module.parameters().copy());
        negated.parameters().set("W3", module.parameters().get("W3").neg());
        INDArray input = TinyNets.input(19, 1, 3, 8, 8);
        List<Target> targets = List.of(Target.xFeature(0), Target.xFeature(2));
        Propagation contrast = new ExcitationBackprop(cnn, module, "conv1").propagate(input, targets, true);
        Propagation target = new ExcitationBackprop(cnn, module, "conv1").propagate(input, targets, false);
        Propagation dual = new ExcitationBackprop(cnn, negated, "conv1").propagate(input, targets, false);
        for (int layer = 0; layer < contrast.layers().size(); layer++) {
            INDArray expected = target.signals().get(layer).sub(dual.signals().get(layer));
            assertThat(contrast.signals().get(layer).equalsWithEps(expected, TOLERANCE))
                    .as("layer %s", contrast.layers().get(layer)).isTrue();
        }
    }

    @Test
    void allXFeaturesInOnePassEqualSeparatePasses() {
        ExplainedCnn cnn = TinyNets.nchw(23, true);
        ExcitationBackprop backprop = new ExcitationBackprop(cnn, TinyNets.module(24, true), null);
        INDArray input = TinyNets.input(25, 1, 3, 8, 8);
        List<Target> all = List.of(Target.xFeature(0), Target.xFeature(1), Target.xFeature(2));
        LayerMaps together = backprop.contrastiveMwp(input, all);
        assertThat(backprop.heatmapLayer()).isEqualTo("pool1");
        assertThat(together.count()).isEqualTo(3);
        assertThat(together.height()).isEqualTo(4);
        for (int i = 0; i < 3; i++) {
            LayerMaps alone = backprop.contrastiveMwp(input, List.of(all.get(i)));
            assertThat(together.maps()[i]).containsExactly(alone.maps()[0], within(1e-6f));
        }
    }

    private static double[] values(INDArray input) {
        return TinyNets.chw(input, 0, CNN2DFormat.NCHW);
    }

    /** Row {@code row} of every production signal against the reference, layer by layer. */
    private static void compare(Propagation pass, int row, List<double[]> expected, CNN2DFormat format) {
        assertThat(pass.signals()).hasSize(expected.size());
        double largest = 0;
        for (int layer = 0; layer < expected.size(); layer++) {
            double[] actual = TinyNets.chw(pass.signals().get(layer), row, format);
            assertThat(actual).as("layer %s", pass.layers().get(layer))
                    .containsExactly(expected.get(layer), within(TOLERANCE));
            for (double v : expected.get(layer)) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        // A reference of zeros everywhere would make the comparison vacuous.
        assertThat(largest).isGreaterThan(1e-3);
    }
}
