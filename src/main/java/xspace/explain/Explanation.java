package xspace.explain;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The explanation of one image by one module: the x-features E, the predictor (v, b), the
 * approximation ȳ_j = vᵀE + b, and the contributions v_i·E_i from the largest to the smallest.
 */
public record Explanation(double[] xFeatures, double[] weights, double bias, double yBar, List<Contribution> sorted) {

    /** One x-feature's share v_i·E_i of ȳ_j. */
    public record Contribution(int feature, double value) {
    }

    static Explanation of(double[] e, double[] v, double b) {
        double yBar = b;
        for (int i = 0; i < e.length; i++) {
            yBar += v[i] * e[i];
        }
        List<Contribution> sorted = IntStream.range(0, e.length).mapToObj(i -> new Contribution(i, v[i] * e[i]))
                .sorted(Comparator.comparingDouble(Contribution::value).reversed()).toList();
        return new Explanation(e, v, b, yBar, sorted);
    }

    /** The contribution of each x-feature divided by the largest magnitude among them (as the paper's titles). */
    public double relative(int feature) {
        double largest = sorted.stream().mapToDouble(c -> Math.abs(c.value())).max().orElse(0);
        return largest == 0 ? 0 : weights[feature] * xFeatures[feature] / largest;
    }
}
