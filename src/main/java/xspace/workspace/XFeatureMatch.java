package xspace.workspace;

import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.explain.ExplanationModule;

/**
 * How the x-features of two modules of one class correspond, measured: the Pearson correlation of
 * E_i of the one and E_j of the other over the same images, and the one-to-one pairing with the
 * largest total correlation. An x-feature that is constant on the images (a dead one) correlates
 * with nothing (NaN).
 */
public record XFeatureMatch(int images, double[][] correlation, List<Pair> pairs) {

    /**
     * An x-feature of the first module, its partner in the second (-1: none left) with their
     * correlation, and the best correlation it has with any other x-feature of the second.
     */
    public record Pair(int from, int to, double correlation, double runnerUp) {

        /** How far the partner stands out from the next best; NaN when it cannot be said. */
        public double margin() {
            return Double.isNaN(runnerUp) ? correlation : correlation - runnerUp;
        }
    }

    /** Measures the match on Z rows of images (one image per row), given in blocks. */
    public static XFeatureMatch measure(ExplanationModule from, ExplanationModule to, List<INDArray> zBlocks) {
        Moments moments = new Moments(from.info().n(), to.info().n());
        zBlocks.forEach(z -> moments.add(from, to, z));
        return of(moments);
    }

    /** Measures the match on every usable image of a workspace's features. */
    static XFeatureMatch measure(ExplanationModule from, ExplanationModule to, FeatureBlocks images)
            throws java.io.IOException {
        Moments moments = new Moments(from.info().n(), to.info().n());
        images.forEach(z -> moments.add(from, to, z));
        return of(moments);
    }

    private static XFeatureMatch of(Moments moments) {
        int n1 = moments.sa.length;
        double[][] r = moments.correlations();
        int[] partner = MaxAssignment.of(scores(r));
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < n1; i++) {
            int j = partner[i];
            pairs.add(new Pair(i, j, j < 0 ? Double.NaN : r[i][j], runnerUp(r[i], j)));
        }
        return new XFeatureMatch(moments.count, r, List.copyOf(pairs));
    }

    public Pair pairOf(int from) {
        return pairs.get(from);
    }

    public double correlation(int from, int to) {
        return correlation[from][to];
    }

    /** Dead x-features (NaN) score below every real correlation, so that they are paired last. */
    private static double[][] scores(double[][] r) {
        double[][] s = new double[r.length][];
        for (int i = 0; i < r.length; i++) {
            s[i] = new double[r[i].length];
            for (int j = 0; j < r[i].length; j++) {
                s[i][j] = Double.isNaN(r[i][j]) ? -2 : r[i][j];
            }
        }
        return s;
    }

    private static double runnerUp(double[] row, int except) {
        double best = Double.NaN;
        for (int j = 0; j < row.length; j++) {
            if (j != except && !Double.isNaN(row[j]) && (Double.isNaN(best) || row[j] > best)) {
                best = row[j];
            }
        }
        return best;
    }

    /** Sums over images of E_a, E_b, their squares and products, for the correlations at the end. */
    private static final class Moments {
        private final double[] sa;
        private final double[] saa;
        private final double[] sb;
        private final double[] sbb;
        private final double[][] sab;
        private int count;

        Moments(int n1, int n2) {
            sa = new double[n1];
            saa = new double[n1];
            sb = new double[n2];
            sbb = new double[n2];
            sab = new double[n1][n2];
        }

        void add(ExplanationModule from, ExplanationModule to, INDArray z) {
            add(from.xFeatures(z).castTo(DataType.DOUBLE).toDoubleMatrix(),
                    to.xFeatures(z).castTo(DataType.DOUBLE).toDoubleMatrix());
        }

        void add(double[][] a, double[][] b) {
            for (int m = 0; m < a.length; m++) {
                for (int i = 0; i < sa.length; i++) {
                    sa[i] += a[m][i];
                    saa[i] += a[m][i] * a[m][i];
                    for (int j = 0; j < sb.length; j++) {
                        sab[i][j] += a[m][i] * b[m][j];
                    }
                }
                for (int j = 0; j < sb.length; j++) {
                    sb[j] += b[m][j];
                    sbb[j] += b[m][j] * b[m][j];
                }
            }
            count += a.length;
        }

        /** Pearson's r from the sums; NaN where either side is constant or there are under two images. */
        double[][] correlations() {
            double[][] r = new double[sa.length][sb.length];
            for (int i = 0; i < sa.length; i++) {
                for (int j = 0; j < sb.length; j++) {
                    double cov = sab[i][j] - sa[i] * sb[j] / count;
                    double va = saa[i] - sa[i] * sa[i] / count;
                    double vb = sbb[j] - sb[j] * sb[j] / count;
                    r[i][j] = count < 2 || va <= 1e-12 * Math.max(1, saa[i]) || vb <= 1e-12 * Math.max(1, sbb[j])
                            ? Double.NaN : Math.max(-1, Math.min(1, cov / Math.sqrt(va * vb)));
                }
            }
            return r;
        }
    }
}
