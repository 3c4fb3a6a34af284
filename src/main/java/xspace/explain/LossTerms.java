package xspace.explain;

/**
 * The terms of the objective (eq. 4, plus the optional pull-away term) for one batch, or their
 * sums and means over batches. The total is kept as its own sum, not recomputed from the terms.
 */
public record LossTerms(double total, double faithfulness, double reconstruction, double penalty, double pullAway) {

    public static final LossTerms ZERO = new LossTerms(0, 0, 0, 0, 0);

    /** One batch's terms and their total. */
    public static LossTerms of(double faithfulness, double reconstruction, double penalty, double pullAway) {
        return new LossTerms(faithfulness + reconstruction + penalty + pullAway, faithfulness, reconstruction, penalty,
                pullAway);
    }

    public LossTerms plus(LossTerms other) {
        return new LossTerms(total + other.total, faithfulness + other.faithfulness,
                reconstruction + other.reconstruction, penalty + other.penalty, pullAway + other.pullAway);
    }

    public LossTerms dividedBy(double count) {
        return new LossTerms(total / count, faithfulness / count, reconstruction / count, penalty / count,
                pullAway / count);
    }
}
