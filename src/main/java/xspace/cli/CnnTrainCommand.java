package xspace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.engine.BackendReport;
import xspace.model.Augmentation;
import xspace.model.CnnSpec;
import xspace.model.CnnStore;
import xspace.model.DatasetTraining;
import xspace.model.ExplainedCnn;
import xspace.model.TrainingOptions;

/** {@code xspace cnn train}: trains a VGG-style network on the training split of a dataset. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a VGG-style CNN on a CUB-layout dataset (training split only).")
public final class CnnTrainCommand implements Callable<Integer> {

    @Option(names = "--data", required = true, description = "CUB-layout dataset folder.")
    Path data;

    @Option(names = "--out", required = true, description = "Model zip to write (its JSON description goes beside it);"
            + " never into a workspace's models/ folder.")
    Path out;

    @Option(names = "--force", description = "Replace --out if it is an existing model (no other file is ever replaced).")
    boolean force;

    @Option(names = "--size", defaultValue = "64", converter = Ranges.ImageSide.class, description = "Input side in pixels (default: ${DEFAULT-VALUE}).")
    int size;

    @Option(names = "--epochs", defaultValue = "30", converter = Ranges.Positive.class, description = "Most epochs (default: ${DEFAULT-VALUE}).")
    int epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of weights, shuffling and augmentation.")
    long seed;

    @Option(names = "--batch", defaultValue = "32", converter = Ranges.Positive.class, description = "Batch size (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--lr", defaultValue = "0.001", converter = Ranges.PositiveNumber.class, description = "Learning rate (default: ${DEFAULT-VALUE}).")
    double learningRate;

    @Option(names = "--optimizer", defaultValue = "adam",
            description = "adam or sgd (with momentum 0.9); default: ${DEFAULT-VALUE}.")
    TrainingOptions.Optimizer optimizer;

    @Option(names = "--patience", defaultValue = "6", converter = Ranges.Positive.class, description = "Epochs without a better validation accuracy before stopping.")
    int patience;

    @Option(names = "--arch", defaultValue = "demo", description = "demo (small, fast on a CPU) or vgg19.")
    String arch;

    @Option(names = "--fc", paramLabel = "W1,W2", split = ",",
            description = "Widths of the fully-connected layers, the first being Z (default: the architecture's,"
                    + " demo 256,128).")
    java.util.List<Integer> fcWidths;

    @Option(names = "--no-augment", description = "Train without flips, crops and colour jitter.")
    boolean noAugment;

    @Option(names = "--resume", description = "Continue from the checkpoints of an interrupted run"
            + " (with none, training starts afresh and says so).")
    boolean resume;

    @Option(names = "--init", paramLabel = "MODEL.zip",
            description = "Start from this trained network (same classes) instead of random weights, e.g. a second stage at a lower --lr.")
    Path init;

    @Option(names = "--json", description = "Print the result as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        Path checkpoints = out.resolveSibling(out.getFileName() + ".checkpoints");
        TrainingOptions options = new TrainingOptions(epochs, batch, learningRate, optimizer, 0.9, 1e-4, 0.1,
                patience, seed, noAugment ? Augmentation.NONE : Augmentation.DEFAULT);
        CnnTrainTarget.check(out, checkpoints, force, resume, options);
        if (resume && xspace.model.CheckpointedRun.in(checkpoints).isEmpty()) {
            // a user who asked to continue is told that nothing was continued
            System.err.println("note: --resume: " + checkpoints + " holds no interrupted run to resume;"
                    + " training starts afresh");
        }
        System.err.println("xspace: " + BackendReport.current());
        CubDataset dataset = CubReader.read(data, ValidationMode.LENIENT);
        DatasetProblemsWarning.print(dataset, data, System.err);
        DatasetTraining.requireTrainingImages(dataset);
        CnnSpec spec = switch (arch) {
            case "demo" -> CnnSpec.demo(size, dataset.classes().size());
            case "vgg19" -> CnnSpec.vgg19(size, dataset.classes().size());
            default -> throw new IllegalArgumentException("--arch: expected demo or vgg19, found " + arch);
        };
        if (fcWidths != null) {
            if (init != null) {
                throw new IllegalArgumentException("--fc: a network continued with --init keeps its own widths");
            }
            spec = spec.withFcWidths(fcWidths);
        }
        ExplainedCnn cnn = init == null
                ? DatasetTraining.untrained(dataset, spec, seed, "trained by xspace cnn train --arch " + arch
                        + (fcWidths == null ? "" : " --fc " + spec.fcWidths().stream().map(String::valueOf)
                                .collect(java.util.stream.Collectors.joining(","))) + " on " + data.toAbsolutePath().normalize())
                : DatasetTraining.continued(dataset, CnnStore.load(init), "trained by xspace cnn train --init "
                        + init.getFileName() + " --lr " + learningRate + " on " + data.toAbsolutePath().normalize());
        long started = System.nanoTime();
        DatasetTraining.Outcome outcome = DatasetTraining.train(dataset, cnn, options, checkpoints,
                new ConsoleProgress(System.err), e -> System.err.printf(
                "epoch %d: loss %.4f, train accuracy %.3f, validation loss %.4f, validation accuracy %.3f (%.0f s)%n",
                e.epoch(), e.trainLoss(), e.trainAccuracy(), e.validationLoss(), e.validationAccuracy(), e.seconds()));
        ExplainedCnn saved = CnnStore.save(outcome.cnn(), out);
        double seconds = (System.nanoTime() - started) / 1e9;
        Report report = new Report(out.toString(), saved.info().fingerprint(), outcome.history().size(),
                outcome.bestEpoch(), outcome.test().accuracy(), seconds);
        System.out.println(json ? Json.pretty(report) : String.format(
                "trained %s: %d epochs (best %d), test accuracy %.4f, %.0f s", out, report.epochs(),
                report.bestEpoch(), report.testAccuracy(), seconds));
        return 0;
    }

    record Report(String model, String fingerprint, int epochs, int bestEpoch, double testAccuracy, double seconds) {
    }
}
