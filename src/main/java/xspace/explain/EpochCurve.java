package xspace.explain;

/** One epoch of joint training: the mean over batches of each loss term of eq. (4) and their total. */
public record EpochCurve(int epoch, double loss, double faithfulness, double reconstruction, double penalty,
        double pullAway) {
}
