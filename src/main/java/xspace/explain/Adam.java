package xspace.explain;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Adam (Kingma and Ba) over named parameters, with the learning rate settable between steps. */
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

    /** Moves a flat parameter vector against its flat gradient: a few operations for every parameter at once. */
    void step(INDArray parameters, INDArray gradient) {
        step(java.util.Map.of("all", parameters), java.util.Map.of("all", gradient));
    }

    /** Moves each parameter against its gradient. */
    void step(Map<String, INDArray> parameters, Map<String, INDArray> gradients) {
        steps++;
        double correction1 = 1 - Math.pow(BETA1, steps);
        double correction2 = 1 - Math.pow(BETA2, steps);
        for (var entry : gradients.entrySet()) {
            INDArray g = entry.getValue();
            INDArray m = first.computeIfAbsent(entry.getKey(), k -> g.mul(0));
            INDArray v = second.computeIfAbsent(entry.getKey(), k -> g.mul(0));
            m.muli(BETA1).addi(g.mul(1 - BETA1));
            v.muli(BETA2).addi(g.mul(g).muli(1 - BETA2));
            INDArray denominator = Transforms.sqrt(v.div(correction2), false).addi(EPSILON);
            parameters.get(entry.getKey()).subi(m.div(correction1).divi(denominator).muli(learningRate));
        }
    }
}
