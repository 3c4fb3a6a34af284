package xspace.model;

/** One epoch of training: mean loss and accuracy on the training batches and on the validation images. */
public record EpochRecord(int epoch, double trainLoss, double trainAccuracy, double validationLoss,
        double validationAccuracy, double seconds) {
}
