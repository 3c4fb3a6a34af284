package xspace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.engine.BackendReport;
import xspace.model.CnnEvaluation;
import xspace.model.CnnStore;
import xspace.model.DatasetLabels;
import xspace.model.ExplainedCnn;

/** {@code xspace cnn eval}: accuracy, per-class accuracy and confusion matrix on the test split. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Evaluate a network on the test split of a dataset.")
public final class CnnEvalCommand implements Callable<Integer> {

    @Option(names = "--model", required = true, description = "Model zip.")
    Path model;

    @Option(names = "--data", required = true, description = "CUB-layout dataset folder.")
    Path data;

    @Option(names = "--json", description = "Print accuracy, per-class accuracy and the confusion matrix as JSON.")
    boolean json;

    @Override
    public Integer call() {
        System.err.println("xspace: " + BackendReport.current());
        ExplainedCnn cnn = CnnStore.load(model);
        CubDataset dataset = CubReader.read(data, ValidationMode.LENIENT);
        if (dataset.testImages().isEmpty()) {
            // an accuracy over no images is NaN, not a measurement
            throw new IllegalArgumentException(data + ": no test images to evaluate on (" + dataset.images().size()
                    + " images, none marked 0, test, in train_test_split.txt)");
        }
        DatasetLabels labels = new DatasetLabels(dataset, cnn.info().classNames());
        CnnEvaluation result = CnnEvaluation.of(cnn, labels.labelled(dataset.testImages()), labels.imageSource(),
                new ConsoleProgress(System.err));
        if (json) {
            System.out.println(Json.pretty(new Report(result.images(), result.accuracy(), perClass(cnn, result),
                    result.confusion())));
        } else {
            System.out.printf("test images: %d%ntop-1 accuracy: %.4f%n", result.images(), result.accuracy());
            for (ClassAccuracy c : perClass(cnn, result)) {
                System.out.printf("  %-40s %.3f%n", c.name(), c.accuracy());
            }
        }
        return 0;
    }

    private static List<ClassAccuracy> perClass(ExplainedCnn cnn, CnnEvaluation result) {
        List<ClassAccuracy> out = new ArrayList<>();
        for (int c = 0; c < result.perClassAccuracy().length; c++) {
            out.add(new ClassAccuracy(cnn.info().classNames().get(c), result.perClassAccuracy()[c]));
        }
        return out;
    }

    record ClassAccuracy(String name, double accuracy) {
    }

    record Report(int images, double accuracy, List<ClassAccuracy> perClass, int[][] confusion) {
    }
}
