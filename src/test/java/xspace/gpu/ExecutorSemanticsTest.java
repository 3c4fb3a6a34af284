package xspace.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.LayerMaps;
import xspace.attribution.Target;
import xspace.explain.ExplanationModule;
import xspace.model.ExplainedCnn;

/**
 * The executor's forward pass and Excitation Backprop, run on the plain-Java reference device,
 * against the CPU path (ND4J and {@code xspace.attribution}): the same Z, ŷ and maps for
 * channels-first and Keras channels-last networks, every target kind, MWP and c-MWP, batches.
 */
class ExecutorSemanticsTest {

    private static final float TOLERANCE = 1e-4f;

    @Test
    void forwardGivesTheNetworksZAndScores() throws Exception {
        for (boolean countsPadding : new boolean[] {true, false}) {
            ExplainedCnn cnn = GpuTestNets.nchw(31, countsPadding);
            compareForward(cnn, GpuTestNets.input(32, 3, 3, 12, 12));
        }
        compareForward(GpuTestNets.keras(), GpuTestNets.kerasInput());
    }

    @Test
    void xFeatureMapsOfABatchEqualTheCpuPathImageByImage() {
        ExplainedCnn cnn = GpuTestNets.nchw(41, true);
        ExplanationModule module = GpuTestNets.module(42);
        INDArray batch = GpuTestNets.input(43, 3, 3, 12, 12);
        List<Target> targets = List.of(Target.xFeature(0), Target.xFeature(1), Target.xFeature(2));
        for (String layer : new String[] {null, "conv1", "pool2"}) {
            compareMaps(cnn, module, layer, batch, targets);
        }
    }

    @Test
    void logitAndZMapsEqualTheCpuPath() {
        ExplainedCnn cnn = GpuTestNets.nchw(51, false);
        INDArray batch = GpuTestNets.input(52, 2, 3, 12, 12);
        compareMaps(cnn, null, "conv2", batch, List.of(Target.logit(2), Target.logit(0)));
        compareMaps(cnn, null, "pool1", batch, List.of(Target.zUnit(5)));
    }

    @Test
    void aChannelsLastKerasNetworkGivesTheCpuPathsMaps() throws Exception {
        ExplainedCnn cnn = GpuTestNets.keras();
        INDArray batch = GpuTestNets.kerasInput();
        compareMaps(cnn, null, "block1_conv1", batch, List.of(Target.logit(0), Target.logit(1), Target.logit(2)));
        compareMaps(cnn, null, null, batch, List.of(Target.zUnit(3), Target.zUnit(11)));
    }

    @Test
    void closingFreesEveryBuffer() {
        ReferenceDevice device = new ReferenceDevice();
        GpuExecutor executor = new GpuExecutor(device, GpuTestNets.nchw(61, true), GpuTestNets.module(62), null);
        executor.maps(GpuTestNets.input(63, 2, 3, 12, 12), List.of(Target.xFeature(1)), true);
        executor.forward(GpuTestNets.input(64, 4, 3, 12, 12));
        assertThat(device.liveBuffers()).isPositive();
        executor.close();
        assertThat(device.liveBuffers()).isZero();
    }

    private static void compareForward(ExplainedCnn cnn, INDArray input) {
        ExplainedCnn.Forward expected = cnn.forward(input);
        try (GpuExecutor executor = new GpuExecutor(new ReferenceDevice(), cnn, null, null)) {
            ExplainedCnn.Forward actual = executor.forward(input);
            close(actual.z(), expected.z());
            close(actual.logits(), expected.logits());
        }
    }

    private static void close(INDArray actual, INDArray expected) {
        assertThat(actual.shape()).isEqualTo(expected.shape());
        float[] a = actual.reshape(actual.length()).toFloatVector();
        float[] e = expected.reshape(expected.length()).toFloatVector();
        float scale = 1;
        for (float v : e) {
            scale = Math.max(scale, Math.abs(v));
        }
        // summation order differs from ND4J's: relative agreement
        assertThat(a).containsExactly(e, within(TOLERANCE * scale));
    }

    private static void compareMaps(ExplainedCnn cnn, ExplanationModule module, String layer, INDArray batch,
            List<Target> targets) {
        ExcitationBackprop cpu = new ExcitationBackprop(cnn, module, layer);
        try (GpuExecutor executor = new GpuExecutor(new ReferenceDevice(), cnn, module, layer)) {
            assertThat(executor.heatmapLayer()).isEqualTo(cpu.heatmapLayer());
            for (boolean contrastive : new boolean[] {false, true}) {
                List<LayerMaps> all = executor.maps(batch, targets, contrastive);
                assertThat(all).hasSize((int) batch.size(0));
                double largest = 0;
                for (int b = 0; b < batch.size(0); b++) {
                    INDArray one = batch.get(NDArrayIndex.interval(b, b + 1)).dup();
                    LayerMaps expected = contrastive ? cpu.contrastiveMwp(one, targets) : cpu.mwp(one, targets);
                    LayerMaps actual = all.get(b);
                    assertThat(actual.height()).isEqualTo(expected.height());
                    assertThat(actual.width()).isEqualTo(expected.width());
                    for (int t = 0; t < targets.size(); t++) {
                        assertThat(actual.maps()[t]).as("image %d, %s, %s", b, targets.get(t), contrastive ? "c-MWP"
                                : "MWP").containsExactly(expected.maps()[t], within(TOLERANCE));
                        for (float v : expected.maps()[t]) {
                            largest = Math.max(largest, Math.abs(v));
                        }
                    }
                }
                // maps of zeros everywhere would make the comparison vacuous
                assertThat(largest).isGreaterThan(1e-3);
            }
        }
    }
}
