package xspace.explain;

import java.util.List;

/**
 * How a degenerate or unfit module is trained again: at most {@code attempts} trainings, each retry
 * with a new seed, β multiplied by {@code betaFactor} and the pull-away weight by 0.8. The authors'
 * rule raises β by a fifth each time; a factor of 1 retries with new seeds only. With
 * {@code candidates} above 1, training goes on after the first acceptable attempt, with its settings
 * and new seeds, until {@code candidates} attempts are acceptable, and the module keeps the acceptable
 * one whose x-feature maps are the most local on the training positives ({@link AttemptChoice}).
 * {@code attempts} bounds each search: for the first acceptable attempt, and again for the others
 * after it, so that a module that needed its last attempts still gets its candidates.
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

    /**
     * Whether training stops after the attempts so far, given which of them were acceptable (fitting,
     * not degenerate).
     */
    public boolean stopsAfter(List<Boolean> acceptable) {
        int first = acceptable.indexOf(Boolean.TRUE);
        if (first < 0) {
            return acceptable.size() >= attempts;
        }
        long found = acceptable.stream().filter(Boolean::booleanValue).count();
        int afterFirst = acceptable.size() - first - 1;
        return found >= candidates || afterFirst >= attempts;
    }

    /** The most trainings one module can take under this rule. */
    public int mostTrainings() {
        return choosesByLocality() ? 2 * attempts : attempts;
    }

    /** The settings of the attempt after one trained with {@code h}. */
    public Hyperparameters next(Hyperparameters h) {
        return h.withBeta(h.beta() * betaFactor).withPullAway(h.pullAway() * PULL_AWAY_FACTOR);
    }
}
