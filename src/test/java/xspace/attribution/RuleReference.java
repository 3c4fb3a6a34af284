package xspace.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Excitation Backprop through one layer by explicit loops, independent of the production rules:
 * a layer is written out as its list of connections (input unit i, output unit j, weight w_ij),
 * found by walking its positions and kernel offsets, and P is passed down straight from the
 * definitions (Zhang et al. 2016): P(a_i) = Σ_j P(a_i | a_j) P(a_j) (eq. 1) with
 * P(a_i | a_j) = Z_j a_i w_ij for w_ij ≥ 0, else 0, and Z_j = 1 / Σ_{i: w_ij ≥ 0} a_i w_ij (eq. 2).
 * Units are numbered in (channel, row, column) order.
 */
final class RuleReference {

    /** One connection: output unit {@code out} reads input unit {@code in} with weight {@code weight}. */
    record Edge(int in, int out, double weight) {
    }

    /** The spatial extent of a window walk: kernel, stride, top-left padding and dilation, equal in both axes. */
    record Window(int kernel, int stride, int padding, int dilation) {
    }

    private RuleReference() {
    }

    /** Eq. 1 with eq. 2 over the connections; Z_j is taken as 0 where no positive evidence reaches j. */
    static double[] down(List<Edge> edges, double[] a, double[] pOut) {
        double[] evidence = evidence(edges, a, pOut.length);
        double[] pIn = new double[a.length];
        for (Edge e : edges) {
            if (e.weight() >= 0 && evidence[e.out()] > 0) {
                double conditional = a[e.in()] * e.weight() / evidence[e.out()];
                pIn[e.in()] += conditional * pOut[e.out()];
            }
        }
        return pIn;
    }

    /** 1 / Z_j of eq. 2 for every output unit: the positive evidence Σ_{i: w_ij ≥ 0} a_i w_ij. */
    static double[] evidence(List<Edge> edges, double[] a, int outputs) {
        double[] evidence = new double[outputs];
        for (Edge e : edges) {
            if (e.weight() >= 0) {
                evidence[e.out()] += a[e.in()] * e.weight();
            }
        }
        return evidence;
    }

    /** A dense layer with weights w[in][out]: every input feeds every output. */
    static List<Edge> dense(double[][] w) {
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < w.length; i++) {
            for (int j = 0; j < w[i].length; j++) {
                edges.add(new Edge(i, j, w[i][j]));
            }
        }
        return edges;
    }

    /**
     * A 2-D convolution (cross-correlation, as DL4J computes it) with kernel w[out][in][ky][kx] over
     * an input of {channels, height, width} giving {outHeight, outWidth}; taps in the padding are absent.
     */
    static List<Edge> convolution(double[][][][] w, int[] input, int[] outSize, Window window) {
        List<Edge> edges = new ArrayList<>();
        for (int o = 0; o < w.length; o++) {
            for (int y = 0; y < outSize[0]; y++) {
                for (int x = 0; x < outSize[1]; x++) {
                    int j = (o * outSize[0] + y) * outSize[1] + x;
                    for (int c = 0; c < input[0]; c++) {
                        for (int ky = 0; ky < window.kernel(); ky++) {
                            for (int kx = 0; kx < window.kernel(); kx++) {
                                int i = inputUnit(input, c, y, x, ky, kx, window);
                                if (i >= 0) {
                                    edges.add(new Edge(i, j, w[o][c][ky][kx]));
                                }
                            }
                        }
                    }
                }
            }
        }
        return edges;
    }

    /**
     * Average (weight 1/k²) or sum (weight 1) pooling: channel by channel, each output unit reads the
     * inputs of its window that lie inside the input.
     */
    static List<Edge> pooling(int[] input, int[] outSize, Window window, double weight) {
        List<Edge> edges = new ArrayList<>();
        for (int c = 0; c < input[0]; c++) {
            for (int y = 0; y < outSize[0]; y++) {
                for (int x = 0; x < outSize[1]; x++) {
                    int j = (c * outSize[0] + y) * outSize[1] + x;
                    for (int ky = 0; ky < window.kernel(); ky++) {
                        for (int kx = 0; kx < window.kernel(); kx++) {
                            int i = inputUnit(input, c, y, x, ky, kx, window);
                            if (i >= 0) {
                                edges.add(new Edge(i, j, weight));
                            }
                        }
                    }
                }
            }
        }
        return edges;
    }

    /**
     * Max pooling: not eq. 2 but winner-take-all, the window's whole P going to its first maximum
     * (row by row), as ordinary backprop routes it.
     */
    static double[] maxPooling(int[] input, int[] outSize, Window window, double[] a, double[] pOut) {
        double[] pIn = new double[a.length];
        List<Edge> windows = pooling(input, outSize, window, 1);
        int[] winner = new int[pOut.length];
        java.util.Arrays.fill(winner, -1);
        for (Edge e : windows) {
            if (winner[e.out()] < 0 || a[e.in()] > a[winner[e.out()]]) {
                winner[e.out()] = e.in();
            }
        }
        for (int j = 0; j < pOut.length; j++) {
            pIn[winner[j]] += pOut[j];
        }
        return pIn;
    }

    /** The input unit under kernel offset (ky, kx) of output position (y, x), or −1 in the padding. */
    private static int inputUnit(int[] input, int c, int y, int x, int ky, int kx, Window window) {
        int row = y * window.stride() - window.padding() + ky * window.dilation();
        int column = x * window.stride() - window.padding() + kx * window.dilation();
        if (row < 0 || row >= input[1] || column < 0 || column >= input[2]) {
            return -1;
        }
        return (c * input[1] + row) * input[2] + column;
    }
}
