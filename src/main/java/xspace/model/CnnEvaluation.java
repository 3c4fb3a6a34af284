package xspace.model;

import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.engine.TaskMonitor;

/**
 * Top-1 accuracy, per-class accuracy and the confusion matrix (rows: true class, columns:
 * predicted class) of a network on a set of labelled images.
 */
public record CnnEvaluation(int images, double accuracy, double[] perClassAccuracy, int[][] confusion) {

    private static final int BATCH = 32;

    public static CnnEvaluation of(ExplainedCnn cnn, List<LabelledImage> images, ImageSource source,
            TaskMonitor monitor) {
        int classes = cnn.info().classCount();
        int[][] confusion = new int[classes][classes];
        BatchLoader loader = new BatchLoader(source, cnn.preprocessor(), classes);
        for (int start = 0; start < images.size(); start += BATCH) {
            monitor.checkCancelled();
            List<LabelledImage> batch = images.subList(start, Math.min(images.size(), start + BATCH));
            INDArray predicted = cnn.probabilities(loader.load(batch, Augmentation.NONE, 0).getFeatures()).argMax(1);
            for (int i = 0; i < batch.size(); i++) {
                confusion[batch.get(i).label()][predicted.getInt(i)]++;
            }
            monitor.progress(start + batch.size(), images.size(), "evaluating");
        }
        return fromConfusion(confusion);
    }

    static CnnEvaluation fromConfusion(int[][] confusion) {
        int total = 0;
        int correct = 0;
        double[] perClass = new double[confusion.length];
        for (int c = 0; c < confusion.length; c++) {
            int row = java.util.Arrays.stream(confusion[c]).sum();
            total += row;
            correct += confusion[c][c];
            perClass[c] = row == 0 ? Double.NaN : (double) confusion[c][c] / row;
        }
        return new CnnEvaluation(total, total == 0 ? Double.NaN : (double) correct / total, perClass, confusion);
    }
}
