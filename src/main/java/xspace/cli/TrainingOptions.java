package xspace.cli;

import picocli.CommandLine.Option;
import xspace.explain.Hyperparameters;
import xspace.explain.ModuleShape;
import xspace.explain.ModuleTrainer;
import xspace.explain.NegativeWeighting;
import xspace.explain.PositiveWeighting;
import xspace.explain.PredictorSign;
import xspace.explain.RetryRule;

/** Settings of module training that {@code explain train} can change, each left at its default unless given. */
final class TrainingOptions {

    @Option(names = "--hidden", paramLabel = "H1,H2", split = ",", converter = Ranges.Positive.class,
            description = "Hidden widths of the encoder (default: derived from |Z|, docs/explanation-modules.md).")
    java.util.List<Integer> hidden;

    @Option(names = "--positives", paramLabel = "plain|balanced",
            description = "Example weights of the faithfulness term: plain (all equal) or balanced (positives"
                    + " up-weighted to half of it).")
    String positives;

    @Option(names = "--negatives", paramLabel = "uniform|look-alike",
            description = "How the negatives share their weight: uniform, or look-alike (the negative class the network"
                    + " scores highest for the class weighs as much as all other negatives).")
    String negatives;

    @Option(names = "--look-alike-weight", paramLabel = "K",
            description = "With --negatives look-alike: the look-alike class weighs K times all other negatives"
                    + " together (default: 1).")
    Double lookAlikeWeight;

    @Option(names = "--pretrain-epochs", converter = Ranges.NonNegative.class, description = "Epochs of each layer-wise pre-training step (0: none).")
    Integer pretrainEpochs;

    @Option(names = "--pull-away", converter = Ranges.NonNegativeNumber.class, description = "Weight of the pull-away term (0: off).")
    Double pullAway;

    @Option(names = "--predictor", paramLabel = "any|non-negative",
            description = "Sign of the predictor weights v: any (eq. 4) or non-negative (x-features only add evidence"
                    + " for the class).")
    String predictor;

    @Option(names = "--dropout", converter = Ranges.DropoutRate.class, description = "Dropout after the first encoder layer.")
    Double dropout;

    @Option(names = "--attempts", description = "Most training attempts in search of an acceptable one, not"
            + " degenerate and fitting (default: 5); with --candidates, at most as many more for the other candidates.")
    int attempts = ModuleTrainer.MAX_ATTEMPTS;

    @Option(names = "--retry-beta", paramLabel = "FACTOR",
            description = "β of each retry is the previous one's times FACTOR (default: ${DEFAULT-VALUE}, the authors'"
                    + " rule; 1: new seeds only).")
    double retryBeta = RetryRule.AUTHORS_BETA_FACTOR;

    @Option(names = "--candidates", paramLabel = "K",
            description = "Go on after the first acceptable attempt (not degenerate, fitting), with new seeds, until K"
                    + " are acceptable or --attempts more were made, and keep the acceptable one whose x-feature maps"
                    + " are the most local on the class's training images (default: 1, the first acceptable; needs"
                    + " part locations).")
    int candidates = 1;

    /** The retry rule of {@code --attempts}, {@code --retry-beta} and {@code --candidates}. */
    RetryRule retries() {
        try {
            return new RetryRule(attempts, retryBeta, candidates);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--attempts " + attempts + " --retry-beta " + retryBeta
                    + " --candidates " + candidates + ": " + e.getMessage(), e);
        }
    }

    Hyperparameters.Builder apply(Hyperparameters.Builder b) {
        if (positives != null) {
            b.positives(PositiveWeighting.parse(positives));
        }
        if (negatives != null) {
            b.negatives(NegativeWeighting.parse(negatives));
        }
        if (lookAlikeWeight != null) {
            if (negatives == null || NegativeWeighting.parse(negatives) != NegativeWeighting.LOOK_ALIKE) {
                throw new IllegalArgumentException("--look-alike-weight needs --negatives look-alike");
            }
            b.lookAlikeWeight(lookAlikeWeight);
        }
        if (pretrainEpochs != null) {
            b.pretrainEpochs(pretrainEpochs);
        }
        if (pullAway != null) {
            b.pullAway(pullAway);
        }
        if (predictor != null) {
            b.predictor(PredictorSign.parse(predictor));
        }
        if (dropout != null) {
            b.dropout(dropout);
        }
        return b;
    }

    ModuleShape.Widths widths() {
        if (hidden == null) {
            return null;
        }
        if (hidden.size() != 2) {
            throw new IllegalArgumentException("--hidden: expected two widths such as 800,100, found " + hidden.size());
        }
        return new ModuleShape.Widths(hidden.get(0), hidden.get(1));
    }
}
