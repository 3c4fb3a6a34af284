package xspace.explain;

import java.util.Map;
import java.util.TreeMap;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How the negatives of a class share their weight in the faithfulness term: all alike, or the
 * look-alike class (the negative class the network scores highest for class j, on average over its
 * examples in the sample) weighing as much as all other negatives together, or a multiple of that,
 * so that the module has to reproduce where ŷ_j tells the class from the species most easily taken
 * for it.
 */
public enum NegativeWeighting {
    /** Every negative as its positive weighting says. */
    UNIFORM {
        @Override
        double[] factors(ClassSample sample, double lookAlikeWeight) {
            double[] f = new double[sample.size()];
            java.util.Arrays.fill(f, 1);
            return f;
        }
    },
    /** The look-alike class's negatives scaled up to {@code lookAlikeWeight} × the weight of all other negatives. */
    LOOK_ALIKE {
        @Override
        double[] factors(ClassSample sample, double lookAlikeWeight) {
            double[] f = UNIFORM.factors(sample, lookAlikeWeight);
            int lookAlike = lookAlike(sample);
            if (lookAlike < 0) {
                return f;
            }
            int alike = 0;
            int others = 0;
            for (int i = 0; i < f.length; i++) {
                if (!sample.positive()[i]) {
                    if (sample.labels()[i] == lookAlike) {
                        alike++;
                    } else {
                        others++;
                    }
                }
            }
            double up = others == 0 ? 1 : lookAlikeWeight * others / alike;
            for (int i = 0; i < f.length; i++) {
                f[i] = !sample.positive()[i] && sample.labels()[i] == lookAlike ? up : 1;
            }
            return f;
        }
    };

    /** The factor of each row; the caller renormalises. */
    abstract double[] factors(ClassSample sample, double lookAlikeWeight);

    /**
     * The example weights of {@code positives} scaled by these factors, summing to one (rows × 1).
     *
     * @param lookAlikeWeight the look-alike class's weight as a multiple of all other negatives' (look-alike
     *                        only; {@link Hyperparameters} holds it positive)
     */
    INDArray apply(INDArray positives, ClassSample sample, double lookAlikeWeight) {
        double[] f = factors(sample, lookAlikeWeight);
        INDArray scaled = positives.dup();
        for (int i = 0; i < f.length; i++) {
            scaled.putScalar(i, 0, scaled.getDouble(i, 0) * f[i]);
        }
        return scaled.divi(scaled.sumNumber());
    }

    /**
     * The negative class with the highest mean ŷ_j over its examples in the sample; -1 when the
     * sample has no negatives. A sample without labels is refused: only the workspace's sampler
     * knows the classes of its negatives.
     */
    public static int lookAlike(ClassSample sample) {
        if (sample.labels() == null) {
            throw new IllegalArgumentException("look-alike negatives need the classes of the examples; this sample of"
                    + " class " + sample.classIndex() + " has none");
        }
        Map<Integer, double[]> sums = new TreeMap<>();
        for (int i = 0; i < sample.size(); i++) {
            if (!sample.positive()[i]) {
                double[] s = sums.computeIfAbsent(sample.labels()[i], k -> new double[2]);
                s[0] += sample.target().getDouble(i, 0);
                s[1]++;
            }
        }
        int best = -1;
        double bestMean = Double.NEGATIVE_INFINITY;
        for (Map.Entry<Integer, double[]> e : sums.entrySet()) {
            double mean = e.getValue()[0] / e.getValue()[1];
            if (mean > bestMean) {
                bestMean = mean;
                best = e.getKey();
            }
        }
        return best;
    }

    /** The option's spelling on the command line: {@code uniform} or {@code look-alike}. */
    public String optionName() {
        return OptionSpelling.of(this);
    }

    /** Parses {@link #optionName()}; the error names the allowed values. */
    public static NegativeWeighting parse(String text) {
        return OptionSpelling.parse(NegativeWeighting.class, "negatives", text);
    }
}
