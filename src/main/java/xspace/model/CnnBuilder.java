package xspace.model;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.dropout.Dropout;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/** Builds an untrained network (NCHW, RGB input) from a {@link CnnSpec}. */
public final class CnnBuilder {

    private CnnBuilder() {
    }

    public static MultiLayerNetwork build(CnnSpec spec, long seed) {
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(seed)
                .weightInit(WeightInit.RELU)
                .updater(new Adam(1e-3))
                .list();
        for (int block = 0; block < spec.blockWidths().size(); block++) {
            for (int conv = 0; conv < spec.convsPerBlock().get(block); conv++) {
                layers.layer(new ConvolutionLayer.Builder(3, 3)
                        .nOut(spec.blockWidths().get(block))
                        .convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU)
                        .name("conv" + (block + 1) + "_" + (conv + 1))
                        .build());
            }
            layers.layer(new SubsamplingLayer.Builder(PoolingType.MAX)
                    .kernelSize(2, 2).stride(2, 2)
                    .name("pool" + (block + 1))
                    .build());
        }
        for (int fc = 0; fc < spec.fcWidths().size(); fc++) {
            DenseLayer.Builder dense = new DenseLayer.Builder()
                    .nOut(spec.fcWidths().get(fc))
                    .activation(Activation.RELU)
                    .name("fc" + (fc + 6));
            if (fc > 0 && spec.dropout() > 0) {
                dense.dropOut(new Dropout(1 - spec.dropout()));
            }
            layers.layer(dense.build());
        }
        OutputLayer.Builder output = new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                .nOut(spec.classes())
                .activation(Activation.SOFTMAX)
                .name(CnnSpec.OUTPUT_LAYER);
        if (spec.dropout() > 0) {
            output.dropOut(new Dropout(1 - spec.dropout()));
        }
        layers.layer(output.build());
        MultiLayerConfiguration conf = layers
                .setInputType(InputType.convolutional(spec.inputSize(), spec.inputSize(), 3))
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        return network;
    }
}
