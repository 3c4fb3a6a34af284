package xspace.model;

import java.awt.image.BufferedImage;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.engine.RowBroadcast;

/**
 * The network being explained with what XSpace knows about it. Gives, for a batch of inputs, the
 * Z layer's activations (after its ReLU) and the pre-softmax class scores ŷ.
 */
public final class ExplainedCnn {

    private final MultiLayerNetwork network;
    private final CnnInfo info;
    private final int zIndex;
    private final ImagePreprocessor preprocessor;

    public ExplainedCnn(MultiLayerNetwork network, CnnInfo info) {
        this.network = network;
        this.info = info;
        this.zIndex = layerIndex(info.zLayer());
        this.preprocessor = ImagePreprocessor.of(info);
        int outputs = (int) outputLayer().getParam("W").size(1);
        if (outputs != info.classCount()) {
            throw new ModelException("the network has " + outputs + " outputs but " + info.classCount()
                    + " class names");
        }
    }

    public MultiLayerNetwork network() {
        return network;
    }

    public CnnInfo info() {
        return info;
    }

    public ImagePreprocessor preprocessor() {
        return preprocessor;
    }

    /** The index of the Z layer among the network's layers. */
    public int zIndex() {
        return zIndex;
    }

    /** Width of the Z layer. */
    public int zSize() {
        return (int) network.getLayer(zIndex).getParam("W").size(1);
    }

    /** Index of the named layer; a clear error lists the names that exist. */
    public int layerIndex(String name) {
        List<String> names = layerNames();
        int index = names.indexOf(name);
        if (index < 0) {
            throw new ModelException("no layer named " + xspace.data.Echo.quoted(name) + "; layers are " + names);
        }
        return index;
    }

    public List<String> layerNames() {
        return layerNames(network);
    }

    static List<String> layerNames(MultiLayerNetwork network) {
        return java.util.Arrays.stream(network.getLayers()).map(l -> l.conf().getLayer().getLayerName()).toList();
    }

    /** Z and ŷ for a batch of network inputs. */
    public Forward forward(INDArray input) {
        List<INDArray> activations = network.feedForwardToLayer(network.getnLayers() - 2, input, false);
        INDArray z = activations.get(zIndex + 1);
        INDArray penultimate = activations.get(network.getnLayers() - 1);
        return new Forward(z.dup(), logits(penultimate));
    }

    /** Z and ŷ for one image, for interactive use. */
    public Forward forward(BufferedImage image) {
        return forward(preprocessor.batch(List.of(image)));
    }

    /** The class probabilities, as the network's softmax output gives them. */
    public INDArray probabilities(INDArray input) {
        return network.output(input, false);
    }

    /**
     * The pre-softmax scores: the output layer's affine map applied to its input, read from its
     * parameters so that it holds whatever the output activation is.
     */
    INDArray logits(INDArray penultimate) {
        Layer output = outputLayer();
        return RowBroadcast.addi(penultimate.mmul(output.getParam("W")), output.getParam("b"));
    }

    private Layer outputLayer() {
        return network.getLayer(network.getnLayers() - 1);
    }

    /** Z (batch × |Z|) and the pre-softmax scores ŷ (batch × classes) of one forward pass. */
    public record Forward(INDArray z, INDArray logits) {
    }
}
