package xspace.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Consumer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.transferlearning.FineTuneConfiguration;
import org.deeplearning4j.nn.transferlearning.TransferLearning;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import xspace.engine.TaskMonitor;

/**
 * Trains a network on the training images of a dataset: a stratified validation split for early
 * stopping, augmentation, a checkpoint after every epoch (written atomically, so cancelling or a
 * crash leaves the last one intact) from which training resumes, and the best network by
 * validation accuracy as the result.
 */
public final class CnnTrainer {

    /** Training accuracy is measured on every n-th batch: a full extra forward pass per batch costs a third more. */
    private static final int ACCURACY_SAMPLING = 4;

    private final TrainingOptions options;
    private final Path checkpoints;
    private final BatchLoader loader;
    private final List<LabelledImage> train = new ArrayList<>();
    private final List<LabelledImage> validation = new ArrayList<>();

    public CnnTrainer(ExplainedCnn cnn, List<LabelledImage> trainingImages, ImageSource images,
            TrainingOptions options, Path checkpoints) {
        this.options = options;
        this.checkpoints = checkpoints;
        this.loader = new BatchLoader(images, cnn.preprocessor(), cnn.info().classCount());
        splitValidation(trainingImages);
    }

    public List<LabelledImage> validationImages() {
        return Collections.unmodifiableList(validation);
    }

    /**
     * Trains from {@code start} (or from the checkpoint in the checkpoint folder when there is
     * one) and returns the best network; {@code onEpoch} hears each finished epoch.
     */
    public Result train(ExplainedCnn start, TaskMonitor monitor, Consumer<EpochRecord> onEpoch) throws IOException {
        Files.createDirectories(checkpoints);
        Optional<CheckpointedRun> resumed = CheckpointedRun.in(checkpoints);
        ExplainedCnn current = resumed.isEmpty() ? withUpdater(start) : CnnStore.load(lastPath());
        CheckpointedRun state = resumed.orElseGet(CheckpointedRun::start);
        if (state.epoch() < options.epochs()) {
            TrainingPreflight.check(current, options);
        }
        for (int epoch = state.epoch() + 1; epoch <= options.epochs() && state.sinceBest() < options.patience();
                epoch++) {
            EpochRecord record = runEpoch(current, epoch, monitor.stage((epoch - 1.0) / options.epochs(),
                    (double) epoch / options.epochs()));
            state = state.after(record);
            if (state.bestEpoch() == epoch) {
                current = CnnStore.save(current, bestPath());
            }
            CnnStore.save(current, lastPath());
            state.writeTo(checkpoints);
            onEpoch.accept(record);
        }
        return new Result(best(start, current, state), state.history(), state.bestEpoch());
    }

    /**
     * The best network: the one in memory when its last epoch was the best, otherwise the best
     * checkpoint, read only after the network in memory released its native memory, so that two
     * networks (each with its updater state) are never held at once.
     */
    private ExplainedCnn best(ExplainedCnn start, ExplainedCnn current, CheckpointedRun state) {
        if (!Files.exists(bestPath()) || state.bestEpoch() == state.epoch()) {
            return current;
        }
        if (current.network() != start.network()) {
            current.network().close();
        }
        return CnnStore.load(bestPath());
    }

    private EpochRecord runEpoch(ExplainedCnn cnn, int epoch, TaskMonitor monitor) {
        long started = System.nanoTime();
        List<LabelledImage> order = new ArrayList<>(train);
        Collections.shuffle(order, new Random(options.seed() * 31 + epoch));
        int batches = (order.size() + options.batchSize() - 1) / options.batchSize();
        MultiLayerNetwork network = cnn.network();
        double lossSum = 0;
        int correct = 0;
        int measured = 0;
        for (int b = 0; b < batches; b++) {
            monitor.checkCancelled();
            List<LabelledImage> batch = order.subList(b * options.batchSize(),
                    Math.min(order.size(), (b + 1) * options.batchSize()));
            DataSet data = loader.load(batch, options.augmentation(), options.seed() * 7919L + epoch);
            if (b % ACCURACY_SAMPLING == 0) {
                correct += countCorrect(network.output(data.getFeatures(), false), data.getLabels());
                measured += batch.size();
            }
            network.fit(data);
            lossSum += network.score();
            monitor.progress(b + 1, batches, String.format("epoch %d/%d batch %d/%d loss %.3f acc %.3f", epoch,
                    options.epochs(), b + 1, batches, lossSum / (b + 1), measured == 0 ? 0.0 : (double) correct / measured));
        }
        double[] valid = validate(network);
        return new EpochRecord(epoch, lossSum / batches, measured == 0 ? 0 : (double) correct / measured,
                valid[0], valid[1], (System.nanoTime() - started) / 1e9);
    }

    /** Mean cross-entropy and accuracy on the validation images. */
    private double[] validate(MultiLayerNetwork network) {
        if (validation.isEmpty()) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double loss = 0;
        int correct = 0;
        for (int start = 0; start < validation.size(); start += options.batchSize()) {
            List<LabelledImage> batch = validation.subList(start, Math.min(validation.size(), start + options.batchSize()));
            DataSet data = loader.load(batch, Augmentation.NONE, 0);
            INDArray probabilities = network.output(data.getFeatures(), false);
            correct += countCorrect(probabilities, data.getLabels());
            for (int i = 0; i < batch.size(); i++) {
                loss -= Math.log(Math.max(1e-12, probabilities.getDouble(i, batch.get(i).label())));
            }
        }
        return new double[] {loss / validation.size(), (double) correct / validation.size()};
    }

    static int countCorrect(INDArray scores, INDArray oneHot) {
        INDArray predicted = scores.argMax(1);
        INDArray actual = oneHot.argMax(1);
        return (int) predicted.eq(actual).castTo(org.nd4j.linalg.api.buffer.DataType.INT).sumNumber().intValue();
    }

    private ExplainedCnn withUpdater(ExplainedCnn cnn) {
        IUpdater updater = options.optimizer() == TrainingOptions.Optimizer.ADAM
                ? new Adam(options.learningRate())
                : new Nesterovs(options.learningRate(), options.momentum());
        FineTuneConfiguration fineTune = new FineTuneConfiguration.Builder()
                .updater(updater).l2(options.weightDecay()).seed(options.seed()).build();
        MultiLayerNetwork network = new TransferLearning.Builder(cnn.network()).fineTuneConfiguration(fineTune).build();
        return new ExplainedCnn(network, cnn.info());
    }

    private void splitValidation(List<LabelledImage> images) {
        Random random = new Random(options.seed());
        images.stream().map(LabelledImage::label).distinct().sorted().forEach(label -> {
            List<LabelledImage> ofClass = new ArrayList<>(images.stream().filter(i -> i.label() == label).toList());
            Collections.shuffle(ofClass, random);
            int held = ofClass.size() < 3 ? 0 : (int) Math.round(ofClass.size() * options.validationFraction());
            validation.addAll(ofClass.subList(0, held));
            train.addAll(ofClass.subList(held, ofClass.size()));
        });
    }

    private Path lastPath() {
        return CheckpointedRun.lastNetwork(checkpoints);
    }

    private Path bestPath() {
        return checkpoints.resolve("best.zip");
    }

    /** The best network, every epoch's record and which epoch was best. */
    public record Result(ExplainedCnn best, List<EpochRecord> history, int bestEpoch) {
    }
}
