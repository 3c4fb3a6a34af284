package xspace.explain;

/**
 * How many examples a class's module sees, as the paper: 50 positives and 8,000 negatives for
 * training, the remaining positives (8 to 10) and 2,000 negatives for testing, each capped by
 * what the dataset has. Training examples come from the training split and test examples from
 * the test split.
 */
public record SamplingPlan(int trainPositives, int trainNegatives, int testPositives, int testNegatives, long seed) {

    public static SamplingPlan paper(long seed) {
        return new SamplingPlan(50, 8000, 10, 2000, seed);
    }
}
