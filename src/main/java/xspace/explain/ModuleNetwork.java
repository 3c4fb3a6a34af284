package xspace.explain;

import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The encoder and predictor of a module as a DL4J network (layers {@code encoder1},
 * {@code encoder2}, {@code xfeatures}, {@code predictor}): the form in which modules are stored,
 * and which Excitation Backprop walks exactly as it walks the CNN's own dense layers.
 */
public final class ModuleNetwork {

    public static final String[] LAYERS = {"encoder1", "encoder2", "xfeatures", "predictor"};
    private static final String[][] PARAMETERS = {{"W1", "b1"}, {"W2", "b2"}, {"W3", "b3"}, {"v", "b"}};

    private ModuleNetwork() {
    }

    public static MultiLayerNetwork encoderPredictor(ModuleParameters p) {
        ModuleShape s = p.shape();
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().dataType(p.get("W1").dataType()).list()
                .layer(dense(LAYERS[0], s.zSize(), s.hidden1()))
                .layer(dense(LAYERS[1], s.hidden1(), s.hidden2()))
                .layer(dense(LAYERS[2], s.hidden2(), s.n()))
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MSE).nIn(s.n()).nOut(1)
                        .activation(Activation.IDENTITY).name(LAYERS[3]).build())
                .build();
        MultiLayerNetwork network = new MultiLayerNetwork(conf);
        network.init();
        for (int layer = 0; layer < LAYERS.length; layer++) {
            network.getLayer(layer).setParam("W", p.get(PARAMETERS[layer][0]));
            network.getLayer(layer).setParam("b", p.get(PARAMETERS[layer][1]));
        }
        return network;
    }

    /** The encoder and predictor parameters of a stored network. */
    static Map<String, org.nd4j.linalg.api.ndarray.INDArray> parametersOf(MultiLayerNetwork network) {
        Map<String, org.nd4j.linalg.api.ndarray.INDArray> p = new LinkedHashMap<>();
        for (int layer = 0; layer < LAYERS.length; layer++) {
            p.put(PARAMETERS[layer][0], network.getLayer(layer).getParam("W").dup());
            org.nd4j.linalg.api.ndarray.INDArray bias = network.getLayer(layer).getParam("b");
            p.put(PARAMETERS[layer][1], bias.reshape(1, bias.length()).dup());
        }
        return p;
    }

    private static DenseLayer dense(String name, int in, int out) {
        return new DenseLayer.Builder().nIn(in).nOut(out).activation(Activation.RELU).name(name).build();
    }
}
