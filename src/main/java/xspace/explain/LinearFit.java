package xspace.explain;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Weighted least squares of a target on the x-features with an intercept: the step between
 * pre-training and joint fine-tuning that gives v and b their starting values.
 */
final class LinearFit {

    private static final double RIDGE = 1e-6;

    private LinearFit() {
    }

    /** Returns {v_1, ..., v_n, b} minimising Σ w_i (vᵀE_i + b − y_i)². */
    static double[] fit(INDArray e, INDArray y, INDArray weights) {
        int n = (int) e.size(1);
        double[][] normal = new double[n + 1][n + 1];
        double[] right = new double[n + 1];
        double[][] rows = e.castTo(org.nd4j.linalg.api.buffer.DataType.DOUBLE).toDoubleMatrix();
        for (int i = 0; i < rows.length; i++) {
            double w = weights.getDouble(i);
            double[] x = java.util.Arrays.copyOf(rows[i], n + 1);
            x[n] = 1;
            for (int a = 0; a <= n; a++) {
                right[a] += w * x[a] * y.getDouble(i);
                for (int b = 0; b <= n; b++) {
                    normal[a][b] += w * x[a] * x[b];
                }
            }
        }
        double scale = 0;
        for (int a = 0; a <= n; a++) {
            scale = Math.max(scale, normal[a][a]);
        }
        for (int a = 0; a < n; a++) {
            normal[a][a] += RIDGE * Math.max(scale, 1);
        }
        return solve(normal, right);
    }

    /** Gaussian elimination with partial pivoting on a small symmetric system. */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int row = col + 1; row < n; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            double[] tmp = a[col];
            a[col] = a[pivot];
            a[pivot] = tmp;
            double t = b[col];
            b[col] = b[pivot];
            b[pivot] = t;
            if (Math.abs(a[col][col]) < 1e-300) {
                continue;
            }
            for (int row = col + 1; row < n; row++) {
                double factor = a[row][col] / a[col][col];
                for (int k = col; k < n; k++) {
                    a[row][k] -= factor * a[col][k];
                }
                b[row] -= factor * b[col];
            }
        }
        double[] x = new double[n];
        for (int row = n - 1; row >= 0; row--) {
            double sum = b[row];
            for (int k = row + 1; k < n; k++) {
                sum -= a[row][k] * x[k];
            }
            x[row] = Math.abs(a[row][row]) < 1e-300 ? 0 : sum / a[row][row];
        }
        return x;
    }
}
