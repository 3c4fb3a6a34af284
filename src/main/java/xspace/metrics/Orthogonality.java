package xspace.metrics;

import java.util.List;

/**
 * How independent a module's x-feature heatmaps are (paper §4.1, item 2). Every heatmap is a
 * vector; C is the n × n covariance of the n x-feature heatmaps over all pixels of all (positive)
 * images, P = diag(C)^-1/2 C diag(C)^-1/2 their correlation, O1 = ‖P‖_F − √n and
 * O2 = −log det P; both are 0 when P = I. A P that is singular (a constant heatmap, or two
 * heatmaps that are the same up to scale) has no finite O2 and is reported as degenerate.
 */
public record Orthogonality(double o1, double o2, boolean degenerate, double[][] correlation) {

    private static final double SINGULAR = 1e-10;

    /** From heatmaps indexed [image][x-feature][pixel]; every image has the same n. */
    public static Orthogonality of(List<float[][]> heatmaps) {
        int n = heatmaps.get(0).length;
        double[][] covariance = covariance(heatmaps, n);
        for (int a = 0; a < n; a++) {
            if (covariance[a][a] <= SINGULAR) {
                return new Orthogonality(Double.NaN, Double.POSITIVE_INFINITY, true, null);
            }
        }
        double[][] p = new double[n][n];
        double frobenius = 0;
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                p[a][b] = covariance[a][b] / Math.sqrt(covariance[a][a] * covariance[b][b]);
                frobenius += p[a][b] * p[a][b];
            }
        }
        double o1 = Math.sqrt(frobenius) - Math.sqrt(n);
        double logDet = logDeterminant(p);
        boolean degenerate = Double.isNaN(logDet) || logDet < Math.log(SINGULAR);
        return new Orthogonality(o1, degenerate ? Double.POSITIVE_INFINITY : -logDet, degenerate, p);
    }

    private static double[][] covariance(List<float[][]> heatmaps, int n) {
        double[] mean = new double[n];
        long count = 0;
        for (float[][] image : heatmaps) {
            for (int a = 0; a < n; a++) {
                for (float value : image[a]) {
                    mean[a] += value;
                }
            }
            count += image[0].length;
        }
        for (int a = 0; a < n; a++) {
            mean[a] /= count;
        }
        double[][] c = new double[n][n];
        for (float[][] image : heatmaps) {
            for (int pixel = 0; pixel < image[0].length; pixel++) {
                for (int a = 0; a < n; a++) {
                    double da = image[a][pixel] - mean[a];
                    for (int b = a; b < n; b++) {
                        c[a][b] += da * (image[b][pixel] - mean[b]);
                    }
                }
            }
        }
        for (int a = 0; a < n; a++) {
            for (int b = a; b < n; b++) {
                c[a][b] /= count;
                c[b][a] = c[a][b];
            }
        }
        return c;
    }

    /** log det of a symmetric positive semi-definite matrix by Cholesky; NaN when it is not positive definite. */
    static double logDeterminant(double[][] m) {
        int n = m.length;
        double[][] l = new double[n][n];
        double logDet = 0;
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = m[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (sum <= 0) {
                        return Double.NaN;
                    }
                    l[i][i] = Math.sqrt(sum);
                    logDet += 2 * Math.log(l[i][i]);
                } else {
                    l[i][j] = sum / l[j][j];
                }
            }
        }
        return logDet;
    }
}
