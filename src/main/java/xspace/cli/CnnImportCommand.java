package xspace.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.engine.BackendReport;
import xspace.model.Augmentation;
import xspace.model.CnnEvaluation;
import xspace.model.CnnStore;
import xspace.model.CnnTrainer;
import xspace.model.DatasetLabels;
import xspace.model.ExplainedCnn;
import xspace.model.FineTuning;
import xspace.model.InputPreprocessing;
import xspace.model.KerasImport;
import xspace.model.TrainingOptions;

/** {@code xspace cnn import}: a Keras model saved with model.save(), optionally fine-tuned on a dataset. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a Keras .h5 model (saved whole with model.save()), optionally fine-tuned on a dataset.")
public final class CnnImportCommand implements Callable<Integer> {

    @Parameters(index = "0", description = "The Keras .h5 file.")
    Path h5;

    @Option(names = "--out", required = true, description = "Model zip to write.")
    Path out;

    @Mixin
    PreprocessingOption preprocessing;

    @Option(names = "--data", description = "CUB-layout dataset: names the outputs, and is trained on with --fine-tune.")
    Path data;

    @Option(names = "--fine-tune", description = "Replace the classifier head with one for the dataset's classes and train.")
    boolean fineTune;

    @Option(names = "--freeze-conv", description = "With --fine-tune: keep the convolutional layers fixed.")
    boolean freezeConvolutions;

    @Option(names = "--epochs", defaultValue = "10", converter = Ranges.Positive.class, description = "Fine-tuning epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--lr", defaultValue = "0.0001", converter = Ranges.PositiveNumber.class, description = "Fine-tuning learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--batch", defaultValue = "16", converter = Ranges.Positive.class, description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the new head and of training.")
    long seed;

    @Override
    public Integer call() throws Exception {
        if (fineTune && data == null) {
            throw new IllegalArgumentException("--fine-tune needs --data DIR");
        }
        System.err.println("xspace: " + BackendReport.current());
        CubDataset dataset = data == null ? null : CubReader.read(data, ValidationMode.LENIENT);
        List<String> classNames = dataset == null ? null : DatasetLabels.classNames(dataset);
        ExplainedCnn cnn = KerasImport.importModel(h5, fineTune ? null : classNames,
                preprocessing.value);
        if (fineTune) {
            cnn = fineTuned(cnn, dataset, classNames);
        }
        ExplainedCnn saved = CnnStore.save(cnn, out);
        System.out.printf("imported %s to %s: %d classes, input %d px (%s, %s), Z layer %s, fingerprint %s%n", h5,
                out, saved.info().classCount(), saved.info().inputSize(), saved.info().layout(),
                InputPreprocessing.describe(saved.info().normalisation()), saved.info().zLayer(),
                saved.info().fingerprint());
        return 0;
    }

    private ExplainedCnn fineTuned(ExplainedCnn imported, CubDataset dataset, List<String> classNames) throws Exception {
        ExplainedCnn cnn = FineTuning.replaceHead(imported, classNames, freezeConvolutions, seed);
        // the new network holds copies of the weights, so the imported one (0.5 GB for a VGG) is
        // released now instead of staying in memory, still referenced here, through the whole run
        imported.network().close();
        DatasetLabels labels = new DatasetLabels(dataset, classNames);
        TrainingOptions options = TrainingOptions.defaults().withEpochs(epochs).withLearningRate(learningRate)
                .withBatchSize(batch).withSeed(seed).withAugmentation(Augmentation.DEFAULT);
        Path checkpoints = out.resolveSibling(out.getFileName() + ".checkpoints");
        CnnTrainer.Result result = new CnnTrainer(cnn, labels.labelled(dataset.trainImages()), labels.imageSource(),
                options, checkpoints).train(cnn, new ConsoleProgress(System.err), e -> System.err.printf(
                        "epoch %d: loss %.4f, validation accuracy %.3f%n", e.epoch(), e.trainLoss(), e.validationAccuracy()));
        CnnEvaluation test = CnnEvaluation.of(result.best(), labels.labelled(dataset.testImages()), labels.imageSource(),
                new ConsoleProgress(System.err));
        System.err.printf("fine-tuned: test accuracy %.4f%n", test.accuracy());
        return result.best();
    }
}
