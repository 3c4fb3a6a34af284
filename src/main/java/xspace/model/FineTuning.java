package xspace.model;

import java.util.List;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * Prepares a network (typically an imported ImageNet VGG) for a new set of classes, as the paper's
 * VGG19 was fine-tuned on CUB: the classifier head is replaced by a freshly initialised softmax
 * layer for the new classes, and the convolutional part may be frozen.
 */
public final class FineTuning {

    private FineTuning() {
    }

    public static ExplainedCnn replaceHead(ExplainedCnn cnn, List<String> classNames, boolean freezeConvolutions,
            long seed) {
        MultiLayerNetwork network = cnn.network();
        int last = network.getnLayers() - 1;
        long inputs = network.getLayer(last).getParam("W").size(0);
        TransferLearning.Builder builder = new TransferLearning.Builder(network)
                .fineTuneConfiguration(new FineTuneConfiguration.Builder().updater(new Adam(1e-4)).seed(seed).build())
                .removeLayersFromOutput(1)
                .addLayer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT)
                        .nIn(inputs).nOut(classNames.size()).activation(Activation.SOFTMAX)
                        .weightInit(WeightInit.XAVIER).name(CnnSpec.OUTPUT_LAYER).build());
        int lastConvolution = lastConvolution(network);
        if (freezeConvolutions && lastConvolution >= 0) {
            builder.setFeatureExtractor(lastConvolution);
        }
        CnnInfo info = new CnnInfo(classNames, cnn.info().inputSize(), cnn.info().layout(), cnn.info().normalisation(),
                cnn.info().zLayer(), cnn.info().origin() + ", head replaced for " + classNames.size() + " classes"
                        + (freezeConvolutions ? ", convolutions frozen" : ""), null);
        return new ExplainedCnn(builder.build(), info);
    }

    private static int lastConvolution(MultiLayerNetwork network) {
        int index = -1;
        for (int i = 0; i < network.getnLayers(); i++) {
            if (network.getLayer(i).conf().getLayer() instanceof ConvolutionLayer) {
                index = i;
            }
        }
        return index;
    }
}
