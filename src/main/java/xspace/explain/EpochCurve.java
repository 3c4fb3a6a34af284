package xspace.explain;

/** One epoch of joint training: the mean over batches of each loss term of eq. (4) and their total. */
public record EpochCurve(int epoch, double loss, double faithfulness, double reconstruction, double penalty,
        double pullAway) {

    /** The curve point of one epoch from the mean of its batches' loss terms. */
    public static EpochCurve of(int epoch, LossTerms mean) {
        return new EpochCurve(epoch, mean.total(), mean.faithfulness(), mean.reconstruction(), mean.penalty(),
                mean.pullAway());
    }
}
