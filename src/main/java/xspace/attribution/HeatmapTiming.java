package xspace.attribution;

import java.util.Arrays;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.model.ExplainedCnn;

/**
 * The cost of heatmaps relative to classification: the median time of one c-MWP pass for all
 * targets of an image (forward pass included, as a user pays it) over the median time of one
 * plain forward pass, after one untimed run of each to warm up.
 */
public record HeatmapTiming(int targets, double forwardSeconds, double heatmapSeconds) {

    public static HeatmapTiming measure(ExplainedCnn cnn, ExcitationBackprop backprop, INDArray input,
            List<Target> targets, int repeats) {
        cnn.forward(input);
        backprop.contrastiveMwp(input, targets);
        double[] forward = new double[repeats];
        double[] heatmaps = new double[repeats];
        for (int r = 0; r < repeats; r++) {
            long start = System.nanoTime();
            cnn.forward(input);
            forward[r] = (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            backprop.contrastiveMwp(input, targets);
            heatmaps[r] = (System.nanoTime() - start) / 1e9;
        }
        return new HeatmapTiming(targets.size(), median(forward), median(heatmaps));
    }

    public double ratio() {
        return heatmapSeconds / forwardSeconds;
    }

    public String describe() {
        return String.format("%d c-MWP heatmap(s) in %.3f s, one forward pass %.3f s: ratio %.2f", targets,
                heatmapSeconds, forwardSeconds, ratio());
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
