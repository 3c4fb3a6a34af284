package xspace.metrics;

import java.util.Collection;

/** The mean and the sample standard deviation of a measure over classes, ignoring undefined values. */
public record MeanAndSpread(double mean, double spread, int count) {

    public static MeanAndSpread of(Collection<Double> values) {
        double sum = 0;
        int n = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                sum += v;
                n++;
            }
        }
        if (n == 0) {
            return new MeanAndSpread(Double.NaN, Double.NaN, 0);
        }
        double mean = sum / n;
        double squares = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                squares += (v - mean) * (v - mean);
            }
        }
        return new MeanAndSpread(mean, n > 1 ? Math.sqrt(squares / (n - 1)) : 0, n);
    }

    /** {@code 0.1234 ± 0.0100}, or an em dash when nothing was measured. */
    public String format(boolean percent) {
        if (count == 0) {
            return "—";
        }
        return percent ? String.format("%.2f%% ± %.2f", 100 * mean, 100 * spread)
                : String.format("%.4f ± %.4f", mean, spread);
    }
}
