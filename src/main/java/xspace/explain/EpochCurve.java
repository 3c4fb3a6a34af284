package xspace.explain;

/** One epoch of joint training: the loss terms (mean over batches) and Freg on the training sample. */
public record EpochCurve(int epoch, double loss, double faithfulness, double reconstruction, double penalty,
        double pullAway, double fregTrain) {
}
