package xspace.model;

/**
 * How a network is trained.
 *
 * @param epochs             most epochs to run
 * @param batchSize          images per step
 * @param learningRate       the optimiser's step size
 * @param optimizer          Adam or SGD with momentum
 * @param momentum           momentum of SGD (ignored by Adam)
 * @param weightDecay        L2 penalty on weights
 * @param validationFraction share of each class's training images held out for early stopping
 * @param patience           epochs without a better validation accuracy before stopping
 * @param seed               seed of shuffling, augmentation and the validation split
 * @param augmentation       training-time image variation
 */
public record TrainingOptions(int epochs, int batchSize, double learningRate, Optimizer optimizer, double momentum,
        double weightDecay, double validationFraction, int patience, long seed, Augmentation augmentation) {

    /** Refuses settings that would train nothing (no epoch, no patience) or fail inside ND4J (no batch). */
    public TrainingOptions {
        if (epochs < 1 || batchSize < 1 || patience < 1) {
            throw new IllegalArgumentException("epochs, batch size and patience must be at least 1, found " + epochs
                    + ", " + batchSize + " and " + patience);
        }
        if (!(learningRate > 0) || Double.isInfinite(learningRate)) {
            throw new IllegalArgumentException("the learning rate must be a finite number above 0, found "
                    + learningRate);
        }
        if (!(validationFraction >= 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("the validation fraction must be from 0 up to 1, found "
                    + validationFraction);
        }
    }

    public enum Optimizer {
        ADAM, SGD
    }

    public static TrainingOptions defaults() {
        return new TrainingOptions(30, 32, 1e-3, Optimizer.ADAM, 0.9, 1e-4, 0.1, 6, 1, Augmentation.DEFAULT);
    }

    public TrainingOptions withEpochs(int value) {
        return new TrainingOptions(value, batchSize, learningRate, optimizer, momentum, weightDecay,
                validationFraction, patience, seed, augmentation);
    }

    public TrainingOptions withSeed(long value) {
        return new TrainingOptions(epochs, batchSize, learningRate, optimizer, momentum, weightDecay,
                validationFraction, patience, value, augmentation);
    }

    public TrainingOptions withLearningRate(double value) {
        return new TrainingOptions(epochs, batchSize, value, optimizer, momentum, weightDecay,
                validationFraction, patience, seed, augmentation);
    }

    public TrainingOptions withBatchSize(int value) {
        return new TrainingOptions(epochs, value, learningRate, optimizer, momentum, weightDecay,
                validationFraction, patience, seed, augmentation);
    }

    public TrainingOptions withAugmentation(Augmentation value) {
        return new TrainingOptions(epochs, batchSize, learningRate, optimizer, momentum, weightDecay,
                validationFraction, patience, seed, value);
    }

    public TrainingOptions withValidation(double fraction, int epochsOfPatience) {
        return new TrainingOptions(epochs, batchSize, learningRate, optimizer, momentum, weightDecay,
                fraction, epochsOfPatience, seed, augmentation);
    }

    public TrainingOptions withOptimizer(Optimizer value) {
        return new TrainingOptions(epochs, batchSize, learningRate, value, momentum, weightDecay,
                validationFraction, patience, seed, augmentation);
    }
}
