package xspace.explain;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The example weights w_i of the faithfulness term of eq. (4), summing to one over a sample: how
 * much the few positives of a class count against its many negatives.
 */
public enum PositiveWeighting {
    /** Positives up-weighted by #negatives/#positives, so that they make half the term. */
    BALANCED {
        @Override
        public INDArray weights(ClassSample sample) {
            return sample.weights();
        }
    },
    /** Every example the same, the paper's plain mean (1/m) Σ_i. */
    PLAIN {
        @Override
        public INDArray weights(ClassSample sample) {
            return Nd4j.zeros(sample.weights().dataType(), sample.size(), 1).addi(1.0 / sample.size());
        }
    };

    /** Parses {@code plain} or {@code balanced}; the error names the allowed values. */
    public static PositiveWeighting parse(String text) {
        return OptionSpelling.parse(PositiveWeighting.class, "positives", text);
    }

    /** The weights of the sample's rows (rows × 1). */
    public abstract INDArray weights(ClassSample sample);
}
