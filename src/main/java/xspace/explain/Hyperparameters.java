package xspace.explain;

/**
 * The settings of eq. (4) and of its optimisation.
 *
 * @param beta        weight of the sparse reconstruction term (α_recons of the authors' code)
 * @param q           sparsity parameter of log(1 + q·Q_k)
 * @param lambda1     L2 penalty on the encoder weights θ
 * @param lambda2     L2 penalty on the decoder weights θ̃
 * @param lambda3     L2 penalty on the predictor weights v
 * @param pullAway    weight of the optional pull-away term on E ⊙ v (0 = off, as in the paper)
 * @param dropout     dropout after the first encoder layer during training
 * @param learningRate Adam's step size, divided by 10 every {@code stepEvery} epochs
 * @param epochs      joint fine-tuning epochs
 * @param pretrainEpochs epochs of each greedy layer-wise autoencoder
 * @param batchSize   examples per step
 * @param stepEvery   epochs between learning-rate steps
 */
public record Hyperparameters(double beta, double q, double lambda1, double lambda2, double lambda3, double pullAway,
        double dropout, double learningRate, int epochs, int pretrainEpochs, int batchSize, int stepEvery) {

    /** The authors' defaults (reference notes §3). */
    public static Hyperparameters defaults() {
        return new Hyperparameters(10, 100, 1e-4, 1e-4, 1e-4, 0, 0.02, 1e-3, 60, 10, 50, 40);
    }

    public Hyperparameters withBeta(double value) {
        return new Hyperparameters(value, q, lambda1, lambda2, lambda3, pullAway, dropout, learningRate, epochs,
                pretrainEpochs, batchSize, stepEvery);
    }

    public Hyperparameters withQ(double value) {
        return new Hyperparameters(beta, value, lambda1, lambda2, lambda3, pullAway, dropout, learningRate, epochs,
                pretrainEpochs, batchSize, stepEvery);
    }

    public Hyperparameters withLambda(double value) {
        return new Hyperparameters(beta, q, value, value, value, pullAway, dropout, learningRate, epochs,
                pretrainEpochs, batchSize, stepEvery);
    }

    public Hyperparameters withPullAway(double value) {
        return new Hyperparameters(beta, q, lambda1, lambda2, lambda3, value, dropout, learningRate, epochs,
                pretrainEpochs, batchSize, stepEvery);
    }

    public Hyperparameters withDropout(double value) {
        return new Hyperparameters(beta, q, lambda1, lambda2, lambda3, pullAway, value, learningRate, epochs,
                pretrainEpochs, batchSize, stepEvery);
    }

    public Hyperparameters withEpochs(int joint, int pretrain) {
        return new Hyperparameters(beta, q, lambda1, lambda2, lambda3, pullAway, dropout, learningRate, joint,
                pretrain, batchSize, stepEvery);
    }

    public Hyperparameters withBatchSize(int value) {
        return new Hyperparameters(beta, q, lambda1, lambda2, lambda3, pullAway, dropout, learningRate, epochs,
                pretrainEpochs, value, stepEvery);
    }

    public Hyperparameters withLearningRateSteps(int everyEpochs) {
        return new Hyperparameters(beta, q, lambda1, lambda2, lambda3, pullAway, dropout, learningRate, epochs,
                pretrainEpochs, batchSize, everyEpochs);
    }

    public Hyperparameters withLearningRate(double value) {
        return new Hyperparameters(beta, q, lambda1, lambda2, lambda3, pullAway, dropout, value, epochs,
                pretrainEpochs, batchSize, stepEvery);
    }
}
