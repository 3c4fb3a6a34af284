package xspace.explain;

/**
 * One try of the retry rule: its seed, β, pull-away weight, mean contributions, verdict, training
 * Freg, whether it is the attempt the module keeps ({@link AttemptChoice}), whether it failed
 * to fit its training sample ({@code unfit}: a training Freg above {@value #UNFIT_SHARE} of a
 * constant guess's, an optimisation stuck from its start) and, where attempts were chosen by it,
 * the locality of its maps on the training positives (null otherwise). Modules that do not record
 * {@code accepted} kept their last attempt; those that do not record {@code unfit} did not test it.
 */
public record TrainingAttempt(long seed, double beta, double pullAway, double[] meanContributions, boolean degenerate,
        double trainFreg, boolean accepted, boolean unfit, Double trainLocality) {

    public static final double UNFIT_SHARE = 0.5;

    /** An attempt as recorded before the training Freg and the choice were. */
    public TrainingAttempt(long seed, double beta, double pullAway, double[] meanContributions, boolean degenerate) {
        this(seed, beta, pullAway, meanContributions, degenerate, Double.NaN, false, false);
    }

    /** An attempt not judged by locality. */
    public TrainingAttempt(long seed, double beta, double pullAway, double[] meanContributions, boolean degenerate,
            double trainFreg, boolean accepted, boolean unfit) {
        this(seed, beta, pullAway, meanContributions, degenerate, trainFreg, accepted, unfit, null);
    }

    /** Whether a training Freg fails to fit a sample whose constant guess scores {@code constantFreg}. */
    public static boolean unfit(double trainFreg, double constantFreg) {
        return !(trainFreg <= UNFIT_SHARE * constantFreg);
    }

    /** Whether the retry rule trains another attempt after this one. */
    public boolean retry() {
        return degenerate || unfit;
    }

    public TrainingAttempt accept() {
        return new TrainingAttempt(seed, beta, pullAway, meanContributions, degenerate, trainFreg, true, unfit,
                trainLocality);
    }

    /** This attempt with the locality of its maps on the training positives. */
    public TrainingAttempt judged(double locality) {
        return new TrainingAttempt(seed, beta, pullAway, meanContributions, degenerate, trainFreg, accepted, unfit,
                locality);
    }
}
