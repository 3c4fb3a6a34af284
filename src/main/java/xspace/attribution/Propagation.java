package xspace.attribution;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The probabilities of one Excitation Backprop pass at the output of each layer it went through,
 * from the top layer's input down to the heatmap layer: one row per target.
 */
record Propagation(List<String> layers, List<INDArray> signals) {

    INDArray at(String layer) {
        int index = layers.indexOf(layer);
        if (index < 0) {
            throw new IllegalArgumentException("the pass did not reach layer " + layer + "; it went through " + layers);
        }
        return signals.get(index);
    }

    INDArray atHeatmapLayer() {
        return signals.get(signals.size() - 1);
    }
}
