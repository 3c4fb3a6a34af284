package xspace.explain;

/**
 * How a degenerate or unfit module is trained again: at most {@code attempts} trainings, each retry
 * with a new seed, β multiplied by {@code betaFactor} and the pull-away weight by 0.8. The authors'
 * rule raises β by a fifth each time; a factor of 1 retries with new seeds only. With
 * {@code candidates} above 1, the first acceptable attempt is followed by {@code candidates − 1} more
 * with its settings and new seeds (within {@code attempts}), and the module keeps the acceptable one
 * whose x-feature maps are the most local on the training positives ({@link AttemptChoice}).
 */
public record RetryRule(int attempts, double betaFactor, int candidates) {

    public static final double AUTHORS_BETA_FACTOR = 1.2;
    private static final double PULL_AWAY_FACTOR = 0.8;

    public RetryRule {
        if (attempts < 1) {
            throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
        }
        if (!(betaFactor > 0) || Double.isInfinite(betaFactor)) {
            throw new IllegalArgumentException("the retries' β factor must be a positive number, not " + betaFactor);
        }
        if (candidates < 1 || candidates > attempts) {
            throw new IllegalArgumentException("candidates must be between 1 and the " + attempts + " attempts, not "
                    + candidates);
        }
    }

    /** A rule that keeps the first acceptable attempt. */
    public RetryRule(int attempts, double betaFactor) {
        this(attempts, betaFactor, 1);
    }

    /** The authors' rule with at most {@code attempts} trainings. */
    public static RetryRule authors(int attempts) {
        return new RetryRule(attempts, AUTHORS_BETA_FACTOR);
    }

    /** This rule, choosing the most local of {@code count} acceptable attempts. */
    public RetryRule withCandidates(int count) {
        return new RetryRule(attempts, betaFactor, count);
    }

    /** Whether attempts are compared by the locality of their maps. */
    public boolean choosesByLocality() {
        return candidates > 1;
    }

    /** The settings of the attempt after one trained with {@code h}. */
    public Hyperparameters next(Hyperparameters h) {
        return h.withBeta(h.beta() * betaFactor).withPullAway(h.pullAway() * PULL_AWAY_FACTOR);
    }
}
