package xspace.explain;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.updaters.AdamUpdater;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Adam (Kingma and Ba) over named parameters, with the learning rate settable between steps. Each
 * step is ND4J's fused Adam operation (the one DL4J's own updater runs), which turns the gradient
 * into the update in place: no temporaries the size of the parameters.
 */
final class Adam {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final Map<String, INDArray> first = new HashMap<>();
    private final Map<String, INDArray> second = new HashMap<>();
    private int steps;
    private double learningRate;

    Adam(double learningRate) {
        this.learningRate = learningRate;
    }

    void setLearningRate(double value) {
        learningRate = value;
    }

    /** Moves a flat parameter vector against its flat gradient, which it overwrites. */
    void step(INDArray parameters, INDArray gradient) {
        step(Map.of("all", parameters), Map.of("all", gradient));
    }

    /** Moves each parameter against its gradient; the gradients are overwritten with the updates. */
    void step(Map<String, INDArray> parameters, Map<String, INDArray> gradients) {
        for (var entry : gradients.entrySet()) {
            INDArray g = entry.getValue();
            INDArray m = first.computeIfAbsent(entry.getKey(), k -> Nd4j.zeros(g.dataType(), g.shape()));
            INDArray v = second.computeIfAbsent(entry.getKey(), k -> Nd4j.zeros(g.dataType(), g.shape()));
            // The operation counts iterations from 0 and applies the bias corrections of step + 1.
            Nd4j.exec(new AdamUpdater(g, v, m, learningRate, BETA1, BETA2, EPSILON, steps));
            parameters.get(entry.getKey()).subi(g);
        }
        steps++;
    }
}
