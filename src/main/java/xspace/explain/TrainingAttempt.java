package xspace.explain;

/**
 * One try of the degeneracy-retry rule: its seed, β, pull-away weight, mean contributions, verdict,
 * training Freg and whether it is the attempt the module keeps ({@link AttemptChoice}). Modules
 * that do not record {@code accepted} kept their last attempt.
 */
public record TrainingAttempt(long seed, double beta, double pullAway, double[] meanContributions, boolean degenerate,
        double trainFreg, boolean accepted) {

    /** An attempt as recorded before the training Freg and the choice were. */
    public TrainingAttempt(long seed, double beta, double pullAway, double[] meanContributions, boolean degenerate) {
        this(seed, beta, pullAway, meanContributions, degenerate, Double.NaN, false);
    }

    public TrainingAttempt accept() {
        return new TrainingAttempt(seed, beta, pullAway, meanContributions, degenerate, trainFreg, true);
    }
}
