package xspace.explain;

import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The authors' test for a collapsed explanation: over the positive training examples, at least
 * two x-features must have a positive mean contribution v_i·E_i, and the second largest must be
 * at least 0.3 of the largest. Otherwise one x-feature carries the whole prediction.
 */
public final class Degeneracy {

    public static final double SECOND_TO_FIRST = 0.3;

    private Degeneracy() {
    }

    /** Mean v_i·E_i of each x-feature over the given x-feature rows. */
    public static double[] meanContributions(INDArray e, INDArray v) {
        int n = (int) e.size(1);
        double[] mean = new double[n];
        if (e.size(0) == 0) {
            return mean;
        }
        INDArray means = e.mean(0);
        for (int i = 0; i < n; i++) {
            mean[i] = means.getDouble(i) * v.getDouble(i);
        }
        return mean;
    }

    public static boolean isDegenerate(double[] meanContributions) {
        double[] sorted = Arrays.stream(meanContributions).map(x -> -x).sorted().map(x -> -x).toArray();
        return sorted.length < 2 || sorted[0] <= 0 || sorted[1] <= 0 || sorted[1] < SECOND_TO_FIRST * sorted[0];
    }
}
