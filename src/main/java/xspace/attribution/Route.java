package xspace.attribution;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.model.ModelException;

/**
 * The layers from the network input up to the layer of a kind of top unit: the CNN's layers, and
 * for x-features then the module's encoder. Layer g's input is forward activation g, its output
 * activation g + 1, whichever network the layer belongs to.
 */
final class Route {

    private record Step(PositiveTwin twin, int index) {
    }

    private final List<Step> steps = new ArrayList<>();
    private final PositiveTwin cnn;
    private final PositiveTwin module;
    private final int cnnLayers;

    private Route(PositiveTwin cnn, int cnnLayers, PositiveTwin module, int moduleLayers) {
        this.cnn = cnn;
        this.module = module;
        this.cnnLayers = cnnLayers;
        for (int i = 0; i < cnnLayers; i++) {
            steps.add(new Step(cnn, i));
        }
        for (int i = 0; i < moduleLayers; i++) {
            steps.add(new Step(module, i));
        }
    }

    static Route of(Target.Kind kind, PositiveTwin cnn, int zIndex, PositiveTwin module) {
        return switch (kind) {
            case LOGIT -> new Route(cnn, cnn.network().getnLayers(), null, 0);
            case Z -> new Route(cnn, zIndex + 1, null, 0);
            case XFEATURE -> {
                if (module == null) {
                    throw new ModelException("x-feature targets need an explanation module");
                }
                // encoder1, encoder2, xfeatures: the predictor above them is never walked.
                yield new Route(cnn, zIndex + 1, module, 3);
            }
        };
    }

    /** Index of the layer holding the top units. */
    int top() {
        return steps.size() - 1;
    }

    ExcitationLayer layer(int g) {
        Step step = steps.get(g);
        return step.twin().layer(step.index());
    }

    ExcitationLayer topLayer() {
        Step step = steps.get(top());
        return step.twin().top(step.index());
    }

    INDArray topWeights() {
        Step step = steps.get(top());
        return ExcitationRules.topWeights(step.twin().network().getLayer(step.index()));
    }

    String name(int g) {
        Step step = steps.get(g);
        return step.twin().name(step.index());
    }

    /** Activations 0 .. top: the input of every layer up to the top layer's input. */
    List<INDArray> forward(INDArray input) {
        int lastBelowTop = top() - 1;
        int lastCnn = Math.min(lastBelowTop, cnnLayers - 1);
        List<INDArray> activations = new ArrayList<>(cnn.network().feedForwardToLayer(lastCnn, input, false));
        if (module != null && lastBelowTop >= cnnLayers) {
            INDArray z = activations.get(cnnLayers);
            List<INDArray> encoder = module.network().feedForwardToLayer(lastBelowTop - cnnLayers, z, false);
            activations.addAll(encoder.subList(1, encoder.size()));
        }
        return activations;
    }
}
