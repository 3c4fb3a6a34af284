package xspace.model;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import xspace.data.CubDataset;
import xspace.engine.TaskMonitor;

/**
 * Trains a new network on a dataset's training split and evaluates the best one on its test
 * split: the recipe behind {@code xspace cnn train} and the demo network.
 */
public final class DatasetTraining {

    private DatasetTraining() {
    }

    /** The trained network, its epochs, and its accuracy on the test split. */
    public record Outcome(ExplainedCnn cnn, List<EpochRecord> history, int bestEpoch, CnnEvaluation test) {
    }

    /**
     * Refuses a dataset without training images before a network is built: trained on nothing, the
     * loss is NaN and the saved network untrained.
     */
    public static void requireTrainingImages(CubDataset dataset) {
        if (dataset.trainImages().isEmpty()) {
            throw new IllegalArgumentException(dataset.root() + ": no training images to train on ("
                    + dataset.images().size() + " images, none marked 1, training, in train_test_split.txt)");
        }
    }

    /** A fresh, untrained network of the given shape for the dataset's classes (RGB, NCHW, unit normalisation). */
    public static ExplainedCnn untrained(CubDataset dataset, CnnSpec spec, long seed, String origin) {
        CnnInfo info = new CnnInfo(DatasetLabels.classNames(dataset), spec.inputSize(), InputLayout.NCHW,
                Normalisation.UNIT, CnnSpec.Z_LAYER, origin, null);
        return new ExplainedCnn(CnnBuilder.build(spec, seed), info);
    }

    /**
     * A trained network as the start of further training on {@code dataset}; refused unless it
     * classifies exactly the dataset's classes, in the dataset's order.
     */
    public static ExplainedCnn continued(CubDataset dataset, ExplainedCnn trained, String origin) {
        List<String> expected = DatasetLabels.classNames(dataset);
        if (!trained.info().classNames().equals(expected)) {
            throw new IllegalArgumentException("the starting network classifies " + trained.info().classCount()
                    + " classes (" + trained.info().classNames().get(0) + ", ...), the dataset has " + expected.size()
                    + " (" + expected.get(0) + ", ...): they must be the same classes in the same order");
        }
        CnnInfo info = new CnnInfo(expected, trained.info().inputSize(), trained.info().layout(),
                trained.info().normalisation(), trained.info().zLayer(), origin, null);
        return new ExplainedCnn(trained.network(), info);
    }

    public static Outcome train(CubDataset dataset, ExplainedCnn start, TrainingOptions options, Path checkpoints,
            TaskMonitor monitor, Consumer<EpochRecord> onEpoch) throws java.io.IOException {
        requireTrainingImages(dataset);
        DatasetLabels labels = new DatasetLabels(dataset, start.info().classNames());
        CnnTrainer trainer = new CnnTrainer(start, labels.labelled(dataset.trainImages()), labels.imageSource(), options,
                checkpoints);
        CnnTrainer.Result result = trainer.train(start, monitor.stage(0, 0.95), onEpoch);
        CnnEvaluation test = CnnEvaluation.of(result.best(), labels.labelled(dataset.testImages()),
                labels.imageSource(), monitor.stage(0.95, 1));
        return new Outcome(result.best(), result.history(), result.bestEpoch(), test);
    }
}
