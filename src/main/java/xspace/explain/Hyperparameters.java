package xspace.explain;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The settings of eq. (4) and of its optimisation. Built with {@link #builder()} (the authors'
 * defaults) or {@link #toBuilder()}, never from positional numbers.
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
 * @param positives   the example weights of the faithfulness term; modules that do not record it
 *                    were trained {@link PositiveWeighting#BALANCED}
 * @param predictor   the sign allowed to v; modules that do not record it were trained {@link PredictorSign#ANY}
 * @param negatives   how the negatives share their weight; modules that do not record it were trained
 *                    {@link NegativeWeighting#UNIFORM}
 * @param lookAlikeWeight with look-alike negatives, the look-alike class's weight as a multiple of all other
 *                    negatives' together; modules that do not record it (0) were trained with 1
 */
public record Hyperparameters(double beta, double q, double lambda1, double lambda2, double lambda3, double pullAway,
        double dropout, double learningRate, int epochs, int pretrainEpochs, int batchSize, int stepEvery,
        PositiveWeighting positives, PredictorSign predictor, NegativeWeighting negatives, double lookAlikeWeight) {

    public Hyperparameters {
        positives = positives == null ? PositiveWeighting.BALANCED : positives;
        predictor = predictor == null ? PredictorSign.ANY : predictor;
        negatives = negatives == null ? NegativeWeighting.UNIFORM : negatives;
        lookAlikeWeight = lookAlikeWeight == 0 ? 1 : lookAlikeWeight;
        if (!(lookAlikeWeight > 0) || Double.isInfinite(lookAlikeWeight)) {
            throw new IllegalArgumentException("the look-alike weight must be a positive number, not " + lookAlikeWeight);
        }
    }

    /** The example weights w_i of the faithfulness term of eq. (4) for a sample (rows × 1, summing to one). */
    public INDArray exampleWeights(ClassSample sample) {
        return negatives.apply(positives.weights(sample), sample, lookAlikeWeight);
    }

    /**
     * The authors' settings (reference notes §3), except that there is no pre-training and every
     * example weighs the same: both made modules less faithful on held-out images
     * (docs/explanation-modules.md, Faithfulness against a reference implementation).
     */
    public static Hyperparameters defaults() {
        return builder().build();
    }

    /** A builder holding {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public Hyperparameters withBeta(double value) {
        return toBuilder().beta(value).build();
    }

    public Hyperparameters withQ(double value) {
        return toBuilder().q(value).build();
    }

    /** The same λ for the encoder, the decoder and the predictor. */
    public Hyperparameters withLambda(double value) {
        return toBuilder().lambda(value).build();
    }

    public Hyperparameters withPullAway(double value) {
        return toBuilder().pullAway(value).build();
    }

    public Hyperparameters withDropout(double value) {
        return toBuilder().dropout(value).build();
    }

    public Hyperparameters withEpochs(int joint, int pretrain) {
        return toBuilder().epochs(joint).pretrainEpochs(pretrain).build();
    }

    public Hyperparameters withBatchSize(int value) {
        return toBuilder().batchSize(value).build();
    }

    public Hyperparameters withLearningRateSteps(int everyEpochs) {
        return toBuilder().stepEvery(everyEpochs).build();
    }

    public Hyperparameters withLearningRate(double value) {
        return toBuilder().learningRate(value).build();
    }

    /** Named settings, starting from {@link #defaults()}. */
    public static final class Builder {
        private double beta = 10;
        private double q = 100;
        private double lambda1 = 1e-4;
        private double lambda2 = 1e-4;
        private double lambda3 = 1e-4;
        private double pullAway = 0;
        private double dropout = 0.02;
        private double learningRate = 1e-3;
        private int epochs = 60;
        private int pretrainEpochs = 0;
        private int batchSize = 50;
        private int stepEvery = 40;
        private PositiveWeighting positives = PositiveWeighting.PLAIN;
        private PredictorSign predictor = PredictorSign.ANY;
        private NegativeWeighting negatives = NegativeWeighting.UNIFORM;
        private double lookAlikeWeight = 1;

        private Builder() {
        }

        private Builder(Hyperparameters h) {
            beta = h.beta;
            q = h.q;
            lambda1 = h.lambda1;
            lambda2 = h.lambda2;
            lambda3 = h.lambda3;
            pullAway = h.pullAway;
            dropout = h.dropout;
            learningRate = h.learningRate;
            epochs = h.epochs;
            pretrainEpochs = h.pretrainEpochs;
            batchSize = h.batchSize;
            stepEvery = h.stepEvery;
            positives = h.positives;
            predictor = h.predictor;
            negatives = h.negatives;
            lookAlikeWeight = h.lookAlikeWeight;
        }

        public Builder beta(double value) {
            beta = value;
            return this;
        }

        public Builder q(double value) {
            q = value;
            return this;
        }

        public Builder lambda(double value) {
            return lambda(ParameterGroup.ENCODER, value).lambda(ParameterGroup.DECODER, value)
                    .lambda(ParameterGroup.PREDICTOR, value);
        }

        /** The L2 weight of one parameter group (λ1, λ2 or λ3 of eq. 4). */
        public Builder lambda(ParameterGroup group, double value) {
            switch (group) {
                case ENCODER -> lambda1 = value;
                case DECODER -> lambda2 = value;
                case PREDICTOR -> lambda3 = value;
            }
            return this;
        }

        public Builder pullAway(double value) {
            pullAway = value;
            return this;
        }

        public Builder dropout(double value) {
            dropout = value;
            return this;
        }

        public Builder learningRate(double value) {
            learningRate = value;
            return this;
        }

        public Builder epochs(int value) {
            epochs = value;
            return this;
        }

        public Builder pretrainEpochs(int value) {
            pretrainEpochs = value;
            return this;
        }

        public Builder batchSize(int value) {
            batchSize = value;
            return this;
        }

        public Builder stepEvery(int value) {
            stepEvery = value;
            return this;
        }

        public Builder positives(PositiveWeighting value) {
            positives = value;
            return this;
        }

        public Builder predictor(PredictorSign value) {
            predictor = value;
            return this;
        }

        public Builder negatives(NegativeWeighting value) {
            negatives = value;
            return this;
        }

        /** With look-alike negatives, the look-alike class's weight as a multiple of all other negatives'. */
        public Builder lookAlikeWeight(double value) {
            lookAlikeWeight = value;
            return this;
        }

        public Hyperparameters build() {
            return new Hyperparameters(beta, q, lambda1, lambda2, lambda3, pullAway, dropout, learningRate, epochs,
                    pretrainEpochs, batchSize, stepEvery, positives, predictor, negatives, lookAlikeWeight);
        }
    }
}
