package xspace.attribution;

import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The positive-weight twin of a network: for each layer its Excitation Backprop rule, holding
 * W⁺ = max(W, 0) and no bias. Built lazily, layer by layer, and kept for the life of the
 * {@link ExcitationBackprop} that owns it, so that every image and every top unit reuse it.
 */
final class PositiveTwin {

    private final MultiLayerNetwork network;
    private final ExcitationLayer[] layers;

    PositiveTwin(MultiLayerNetwork network) {
        this.network = network;
        this.layers = new ExcitationLayer[network.getnLayers()];
    }

    MultiLayerNetwork network() {
        return network;
    }

    synchronized ExcitationLayer layer(int index) {
        if (layers[index] == null) {
            layers[index] = new ExcitationLayer(name(index), network.getLayerWiseConfigurations().getInputPreProcess(index),
                    ExcitationRules.below(network.getLayer(index)));
        }
        return layers[index];
    }

    /** The layer holding top units, with its preprocessor but no rule yet (the rule depends on the units). */
    ExcitationLayer top(int index) {
        return new ExcitationLayer(name(index), network.getLayerWiseConfigurations().getInputPreProcess(index), null);
    }

    String name(int index) {
        return network.getLayer(index).conf().getLayer().getLayerName();
    }
}
