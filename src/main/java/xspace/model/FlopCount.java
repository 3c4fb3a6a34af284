package xspace.model;

import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Floating-point operations of one forward pass of one image, counting a multiply-add as two:
 * 2·H_out·W_out·C_out·k_h·k_w·C_in per convolution and 2·n_in·n_out per dense layer (pooling and
 * activations are negligible beside them). Benchmarks divide it by time to report GFLOP/s.
 */
public final class FlopCount {

    private FlopCount() {
    }

    public static long forward(ExplainedCnn cnn) {
        MultiLayerNetwork network = cnn.network();
        InputType type = InputType.convolutional(cnn.info().inputSize(), cnn.info().inputSize(), 3,
                cnn.info().layout() == InputLayout.NHWC ? org.deeplearning4j.nn.conf.CNN2DFormat.NHWC
                        : org.deeplearning4j.nn.conf.CNN2DFormat.NCHW);
        long flops = 0;
        for (int i = 0; i < network.getnLayers(); i++) {
            InputPreProcessor pre = network.getLayerWiseConfigurations().getInputPreProcess(i);
            if (pre != null) {
                type = pre.getOutputType(type);
            }
            Layer layer = network.getLayer(i).conf().getLayer();
            InputType out = layer.getOutputType(i, type);
            switch (LayerKind.of(layer)) {
                case CONVOLUTION -> {
                    ConvolutionLayer conv = (ConvolutionLayer) layer;
                    InputType.InputTypeConvolutional c = (InputType.InputTypeConvolutional) out;
                    flops += 2L * c.getHeight() * c.getWidth() * c.getChannels() * conv.getKernelSize()[0]
                            * conv.getKernelSize()[1] * conv.getNIn();
                }
                case DENSE, OUTPUT -> {
                    FeedForwardLayer dense = (FeedForwardLayer) layer;
                    flops += 2L * dense.getNIn() * dense.getNOut();
                }
                default -> {
                    // pooling, normalisation, dropout and activations: negligible beside the products above
                }
            }
            type = out;
        }
        return flops;
    }
}
