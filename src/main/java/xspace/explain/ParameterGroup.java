package xspace.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The three parameter groups of an explanation module and the L2 weight of each in eq. (4): the
 * encoder θ (λ1), the decoder θ̃ (λ2) and the predictor v (λ3). Biases belong to their group but
 * are never penalised (section 2.3 of the paper).
 */
public enum ParameterGroup {
    ENCODER(new String[][] {{"W1", "b1"}, {"W2", "b2"}, {"W3", "b3"}}, Hyperparameters::lambda1),
    DECODER(new String[][] {{"D1", "c1"}, {"D2", "c2"}, {"D3", "c3"}}, Hyperparameters::lambda2),
    PREDICTOR(new String[][] {{"v", "b"}}, Hyperparameters::lambda3);

    private final String[][] layers;
    private final ToDoubleFunction<Hyperparameters> lambda;

    ParameterGroup(String[][] layers, ToDoubleFunction<Hyperparameters> lambda) {
        this.layers = layers;
        this.lambda = lambda;
    }

    /** The group's parameter names, layer by layer, each weight followed by its bias. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (String[] layer : layers) {
            names.add(layer[0]);
            names.add(layer[1]);
        }
        return names;
    }

    public boolean contains(String name) {
        return names().contains(name);
    }

    public boolean isWeight(String name) {
        for (String[] layer : layers) {
            if (layer[0].equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** The group a parameter belongs to. */
    public static ParameterGroup of(String name) {
        for (ParameterGroup group : values()) {
            if (group.contains(name)) {
                return group;
            }
        }
        throw new IllegalArgumentException("no parameter " + name);
    }

    /** The L2 weight of one parameter: the group's λ for a weight matrix, 0 for a bias. */
    public static double decay(String name, Hyperparameters h) {
        ParameterGroup group = of(name);
        return group.isWeight(name) ? group.lambda.applyAsDouble(h) : 0;
    }

    /** The group's λ in eq. (4). */
    public double lambda(Hyperparameters h) {
        return lambda.applyAsDouble(h);
    }
}
