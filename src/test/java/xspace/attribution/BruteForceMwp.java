package xspace.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * An independent reference for Excitation Backprop on small networks: every layer is an explicit
 * dense matrix over activations in (channel, row, column) order — a convolution becomes a
 * [out units × in units] matrix built by looping over positions, max pooling a selection of the
 * forward arg-max, average pooling the window's mean — and MWP and c-MWP are computed with plain
 * double arrays straight from the definitions (Zhang et al. 2016, eq. 1–2, and the contrastive
 * top-down signal: the target's minus its dual's, whose top weights are negated).
 */
final class BruteForceMwp {

    /** A layer: a matrix with bias and optional ReLU, a max or average pool over a (c, h, w) grid, or the identity. */
    sealed interface Op permits Linear, Pool, Identity {
        String name();
    }

    record Linear(String name, double[][] m, double[] bias, boolean relu) implements Op {
    }

    /** Non-overlapping k × k windows: their maximum if {@code max}, else their mean. */
    record Pool(String name, int channels, int height, int width, int kernel, boolean max) implements Op {
    }

    /** Dropout at inference. */
    record Identity(String name) implements Op {
    }

    private final List<Op> ops;

    BruteForceMwp(List<Op> ops) {
        this.ops = List.copyOf(ops);
    }

    /** Matrix of a stride-1 'same' convolution with an odd square kernel w[out][in][ky][kx]. */
    static double[][] convolution(double[][][][] w, int height, int width) {
        int out = w.length;
        int in = w[0].length;
        int k = w[0][0].length;
        int pad = k / 2;
        double[][] m = new double[out * height * width][in * height * width];
        for (int o = 0; o < out; o++) {
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    for (int i = 0; i < in; i++) {
                        for (int ky = 0; ky < k; ky++) {
                            for (int kx = 0; kx < k; kx++) {
                                int sy = y - pad + ky;
                                int sx = x - pad + kx;
                                if (sy >= 0 && sy < height && sx >= 0 && sx < width) {
                                    m[(o * height + y) * width + x][(i * height + sy) * width + sx] = w[o][i][ky][kx];
                                }
                            }
                        }
                    }
                }
            }
        }
        return m;
    }

    /** Activations: element 0 the input, element k + 1 the output of op k. */
    List<double[]> forward(double[] input) {
        List<double[]> acts = new ArrayList<>();
        acts.add(input);
        for (Op op : ops) {
            double[] a = acts.get(acts.size() - 1);
            acts.add(op instanceof Linear l ? linear(l, a) : op instanceof Pool p ? pool(p, a) : a);
        }
        return acts;
    }

    private static double[] linear(Linear l, double[] a) {
        double[] out = new double[l.m().length];
        for (int o = 0; o < out.length; o++) {
            double s = l.bias()[o];
            for (int j = 0; j < a.length; j++) {
                s += l.m()[o][j] * a[j];
            }
            out[o] = l.relu() ? Math.max(0, s) : s;
        }
        return out;
    }

    private static double[] pool(Pool p, double[] a) {
        int[][] windows = windows(p);
        double[] out = new double[windows.length];
        for (int o = 0; o < out.length; o++) {
            out[o] = p.max() ? Double.NEGATIVE_INFINITY : 0;
            for (int i : windows[o]) {
                out[o] = p.max() ? Math.max(out[o], a[i]) : out[o] + a[i] / windows[o].length;
            }
        }
        return out;
    }

    /** For each pooled unit the input indices of its window, row by row. */
    private static int[][] windows(Pool p) {
        int k = p.kernel();
        int oh = p.height() / k;
        int ow = p.width() / k;
        int[][] windows = new int[p.channels() * oh * ow][k * k];
        for (int c = 0; c < p.channels(); c++) {
            for (int y = 0; y < oh; y++) {
                for (int x = 0; x < ow; x++) {
                    for (int ky = 0; ky < k; ky++) {
                        for (int kx = 0; kx < k; kx++) {
                            windows[(c * oh + y) * ow + x][ky * k + kx] = (c * p.height() + y * k + ky) * p.width()
                                    + x * k + kx;
                        }
                    }
                }
            }
        }
        return windows;
    }

    /**
     * MWP (or c-MWP) from unit {@code unit} of op {@code top}, which must be Linear: the list holds
     * P at the output of op top − 1, top − 2, ..., down to op {@code lowest}.
     */
    List<double[]> mwp(double[] input, int top, int unit, boolean contrastive, int lowest) {
        List<double[]> acts = forward(input);
        double[] row = ((Linear) ops.get(top)).m()[unit];
        double[] a = acts.get(top);
        double[] p = topShare(row, a, 1);
        if (contrastive) {
            double[] dual = topShare(row, a, -1);
            for (int j = 0; j < p.length; j++) {
                p[j] -= dual[j];
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int k = top - 1; k >= lowest; k--) {
            out.add(p);
            if (k > lowest) {
                p = down(ops.get(k), acts.get(k), p);
            }
        }
        return out;
    }

    /** P at the input of a single top unit whose weights are sign · row. */
    private static double[] topShare(double[] row, double[] a, double sign) {
        double n = 0;
        for (int j = 0; j < a.length; j++) {
            n += Math.max(0, sign * row[j]) * a[j];
        }
        double[] p = new double[a.length];
        for (int j = 0; j < a.length && n > 0; j++) {
            p[j] = a[j] * Math.max(0, sign * row[j]) / n;
        }
        return p;
    }

    private static double[] down(Op op, double[] a, double[] pOut) {
        double[] pIn = new double[a.length];
        if (op instanceof Identity) {
            return pOut.clone();
        }
        if (op instanceof Pool pool) {
            int[][] windows = windows(pool);
            for (int o = 0; o < windows.length; o++) {
                if (pool.max()) {
                    // Winner-take-all: the window's first maximum gets all of its P.
                    int best = windows[o][0];
                    for (int i : windows[o]) {
                        best = a[i] > a[best] ? i : best;
                    }
                    pIn[best] += pOut[o];
                    continue;
                }
                // Eq. 2 with the mean's weights w = 1/k² on every input of the window.
                double w = 1.0 / windows[o].length;
                double n = 0;
                for (int i : windows[o]) {
                    n += w * a[i];
                }
                for (int i : windows[o]) {
                    pIn[i] += n > 0 ? a[i] * w * pOut[o] / n : 0;
                }
            }
            return pIn;
        }
        double[][] m = ((Linear) op).m();
        for (int o = 0; o < m.length; o++) {
            double n = 0;
            for (int j = 0; j < a.length; j++) {
                n += Math.max(0, m[o][j]) * a[j];
            }
            if (n > 0) {
                for (int j = 0; j < a.length; j++) {
                    pIn[j] += a[j] * Math.max(0, m[o][j]) * pOut[o] / n;
                }
            }
        }
        return pIn;
    }
}
