package xspace.model;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.graph.PreprocessorVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * Turns a computation graph whose vertices form a single chain (a functional Keras VGG) into the
 * equivalent layer list with the same weights, so that every later stage (features, Excitation
 * Backprop) walks one kind of network. Graphs with branches or merges are refused by name.
 */
final class ChainGraphs {

    private ChainGraphs() {
    }

    static MultiLayerNetwork toMultiLayer(ComputationGraph graph) {
        ComputationGraphConfiguration conf = graph.getConfiguration();
        NeuralNetConfiguration.ListBuilder list = new NeuralNetConfiguration.Builder().list();
        List<String> layerNames = new ArrayList<>();
        InputPreProcessor pending = null;
        for (String name : chainOrder(conf)) {
            GraphVertex vertex = conf.getVertices().get(name);
            if (vertex instanceof PreprocessorVertex p) {
                pending = p.getPreProcessor();
            } else if (vertex instanceof LayerVertex layer) {
                InputPreProcessor pre = layer.getPreProcessor() != null ? layer.getPreProcessor() : pending;
                if (pre != null) {
                    list.inputPreProcessor(layerNames.size(), pre.clone());
                }
                pending = null;
                list.layer(layer.getLayerConf().getLayer().clone());
                layerNames.add(name);
            } else {
                throw new ModelException("vertex '" + name + "' (" + vertex.getClass().getSimpleName()
                        + ") cannot be part of a layer chain");
            }
        }
        MultiLayerNetwork network = new MultiLayerNetwork(list.build());
        network.init();
        for (int i = 0; i < layerNames.size(); i++) {
            org.deeplearning4j.nn.api.Layer source = graph.getLayer(layerNames.get(i));
            if (source.numParams() > 0) {
                network.getLayer(i).setParams(source.params().dup());
            }
        }
        return network;
    }

    /** The vertex names from the input to the output; each vertex must have exactly one input. */
    private static List<String> chainOrder(ComputationGraphConfiguration conf) {
        if (conf.getNetworkInputs().size() != 1 || conf.getNetworkOutputs().size() != 1) {
            throw new ModelException("the model has " + conf.getNetworkInputs().size() + " inputs and "
                    + conf.getNetworkOutputs().size() + " outputs; only single-input, single-output chains are supported");
        }
        List<String> order = new ArrayList<>();
        String current = conf.getNetworkInputs().get(0);
        while (true) {
            String from = current;
            List<String> next = conf.getVertexInputs().entrySet().stream()
                    .filter(e -> e.getValue().contains(from)).map(java.util.Map.Entry::getKey).toList();
            if (next.isEmpty()) {
                return order;
            }
            if (next.size() > 1 || conf.getVertexInputs().get(next.get(0)).size() != 1) {
                throw new ModelException("the model branches or merges at '" + from + "'; only layer chains"
                        + " (such as VGG) are supported");
            }
            current = next.get(0);
            order.add(current);
        }
    }
}
