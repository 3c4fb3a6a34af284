package xspace.attribution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;

/**
 * A hand-built network whose Z unit 0 sees only the top-left quadrant of the image (1×1
 * convolutions keep receptive fields exact): its heatmap mass must fall there.
 */
class LocalityTest {

    @Test
    void aUnitThatSeesOneQuadrantLightsOnlyThatQuadrant() {
        ExcitationBackprop backprop = new ExcitationBackprop(quadrantNetwork(), null, "conv1");
        INDArray input = TinyNets.input(31, 1, 3, 8, 8);
        for (boolean contrastive : new boolean[] {false, true}) {
            LayerMaps maps = contrastive ? backprop.contrastiveMwp(input, List.of(Target.zUnit(0)))
                    : backprop.mwp(input, List.of(Target.zUnit(0)));
            assertThat(maps.height()).isEqualTo(8);
            double inside = 0;
            double total = 0;
            for (int y = 0; y < 8; y++) {
                for (int x = 0; x < 8; x++) {
                    double v = maps.maps()[0][y * 8 + x];
                    total += v;
                    inside += y < 4 && x < 4 ? v : 0;
                }
            }
            assertThat(total).as("contrastive %s", contrastive).isPositive();
            assertThat(inside / total).as("contrastive %s", contrastive).isCloseTo(1, within(1e-6));

            Heatmap heatmap = maps.toHeatmaps(32, 32).get(0);
            double pixelsInside = 0;
            for (int y = 0; y < 16; y++) {
                for (int x = 0; x < 16; x++) {
                    pixelsInside += heatmap.at(x, y);
                }
            }
            assertThat(heatmap.sum()).isCloseTo(1, within(1e-5));
            assertThat(pixelsInside).isGreaterThan(0.9);
        }
    }

    /** conv1 1×1 (3→2), pool1 2×2, conv2 1×1 (2→2), fc6 with unit 0 positive on the top-left 2×2 cells only. */
    private static ExplainedCnn quadrantNetwork() {
        MultiLayerNetwork network = new MultiLayerNetwork(new NeuralNetConfiguration.Builder().list()
                .layer(new ConvolutionLayer.Builder(1, 1).nOut(2).activation(Activation.RELU).name("conv1").build())
                .layer(new SubsamplingLayer.Builder(PoolingType.MAX).kernelSize(2, 2).stride(2, 2).name("pool1").build())
                .layer(new ConvolutionLayer.Builder(1, 1).nOut(2).activation(Activation.RELU).name("conv2").build())
                .layer(new DenseLayer.Builder().nOut(4).activation(Activation.RELU).name("fc6").build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).name("predictions").build())
                .setInputType(InputType.convolutional(8, 8, 3)).build());
        network.init();
        network.getLayer(0).setParam("W", Nd4j.rand(new int[] {2, 3, 1, 1}).addi(0.1));
        network.getLayer(2).setParam("W", Nd4j.rand(new int[] {2, 2, 1, 1}).addi(0.1));
        INDArray fc6 = Nd4j.rand(32, 4);
        for (int c = 0; c < 2; c++) {
            for (int y = 0; y < 4; y++) {
                for (int x = 0; x < 4; x++) {
                    // Outside the quadrant unit 0 only has negative weights: its dual lives there.
                    double sign = y < 2 && x < 2 ? 1 : -1;
                    int row = (c * 4 + y) * 4 + x;
                    fc6.putScalar(row, 0, sign * (0.1 + fc6.getDouble(row, 0)));
                }
            }
        }
        network.getLayer(3).setParam("W", fc6);
        return TinyNets.wrap(network, InputLayout.NCHW);
    }
}
