package xspace.metrics;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.explain.ClassSample;
import xspace.explain.ExplanationModule;

/**
 * How faithfully a module's ȳ_j reproduces the network's ŷ_j (paper §4.1, item 1):
 * Freg = (1/M) Σ_m |ȳ(m) − ŷ(m)|, and Fcls = the share of examples whose arg-max class is unchanged
 * when ŷ_j is replaced by ȳ_j inside the full pre-softmax score vector.
 */
public record Faithfulness(double freg, double fcls, int examples) {

    public static Faithfulness of(ExplanationModule module, ClassSample sample) {
        if (sample.size() == 0) {
            return new Faithfulness(Double.NaN, Double.NaN, 0);
        }
        double[] yBar = module.predict(sample.z()).castTo(DataType.DOUBLE).toDoubleVector();
        return of(sample.logits(), sample.classIndex(), yBar);
    }

    /** From the full score vectors (examples × classes), the explained class j and the approximations ȳ_j. */
    public static Faithfulness of(INDArray logits, int j, double[] yBar) {
        double[][] scores = logits.castTo(DataType.DOUBLE).toDoubleMatrix();
        double absolute = 0;
        int unchanged = 0;
        for (int m = 0; m < scores.length; m++) {
            absolute += Math.abs(yBar[m] - scores[m][j]);
            int before = argMax(scores[m]);
            double[] replaced = scores[m].clone();
            replaced[j] = yBar[m];
            unchanged += argMax(replaced) == before ? 1 : 0;
        }
        return new Faithfulness(absolute / scores.length, (double) unchanged / scores.length, scores.length);
    }

    /** The faithfulness record a module's description keeps ({@link xspace.explain.ModuleInfo#faithfulness()}). */
    public static java.util.Map<String, Double> record(Faithfulness train, Faithfulness test) {
        return java.util.Map.of(xspace.explain.ModuleInfo.FREG_TRAIN, train.freg(), xspace.explain.ModuleInfo.FREG_TEST,
                test.freg(), xspace.explain.ModuleInfo.FCLS_TRAIN, train.fcls(), xspace.explain.ModuleInfo.FCLS_TEST,
                test.fcls());
    }

    /**
     * The Freg of the best constant guess, mean_m |ŷ(m) − mean ŷ|: the spread that a faithful ȳ_j
     * must beat by far (a Freg near it explains nothing).
     */
    public static double constantGuessFreg(double[] yHat) {
        if (yHat.length == 0) {
            return Double.NaN;
        }
        double mean = java.util.Arrays.stream(yHat).average().orElse(0);
        return java.util.Arrays.stream(yHat).map(y -> Math.abs(y - mean)).average().orElse(Double.NaN);
    }

    private static int argMax(double[] values) {
        int best = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[best]) {
                best = i;
            }
        }
        return best;
    }
}
