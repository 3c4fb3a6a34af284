package xspace.gpu;

/**
 * Pooling in plain loops for the reference device: max takes (and routes back to) the first
 * maximum of a window row by row, average divides by the window's area or its count of inputs
 * inside the padding, sum does not divide.
 */
final class ReferencePooling {

    private ReferencePooling() {
    }

    /** The input indices of each pooling window, padding left out, row by row. */
    private static int[] window(Step.Pooling p, int n, int c, int y, int x) {
        Shape in = p.in();
        int[] found = new int[p.kernel()[0] * p.kernel()[1]];
        int count = 0;
        for (int ky = 0; ky < p.kernel()[0]; ky++) {
            int iy = y * p.stride()[0] - p.padding()[0] + ky;
            for (int kx = 0; kx < p.kernel()[1]; kx++) {
                int ix = x * p.stride()[1] - p.padding()[1] + kx;
                if (iy >= 0 && iy < in.height() && ix >= 0 && ix < in.width()) {
                    found[count++] = ((n * in.channels() + c) * in.height() + iy) * in.width() + ix;
                }
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }

    private interface Window {
        void at(int outIndex, int[] inputs);
    }

    private static void eachWindow(Step.Pooling p, int batch, Window visit) {
        Shape out = p.out();
        for (int n = 0; n < batch; n++) {
            for (int c = 0; c < out.channels(); c++) {
                for (int y = 0; y < out.height(); y++) {
                    for (int x = 0; x < out.width(); x++) {
                        visit.at(((n * out.channels() + c) * out.height() + y) * out.width() + x, window(p, n, c, y, x));
                    }
                }
            }
        }
    }

    private static float divisor(Step.Pooling p, int[] window) {
        if (p.kind() == Step.Pooling.Kind.SUM) {
            return 1f;
        }
        return p.countsPadding() ? p.kernel()[0] * p.kernel()[1] : window.length;
    }

    static void forward(Step.Pooling step, int batch, float[] x, float[] y) {
        eachWindow(step, batch, (o, window) -> {
            float v = step.kind() == Step.Pooling.Kind.MAX ? Float.NEGATIVE_INFINITY : 0f;
            for (int i : window) {
                v = step.kind() == Step.Pooling.Kind.MAX ? Math.max(v, x[i]) : v + x[i];
            }
            y[o] = step.kind() == Step.Pooling.Kind.MAX ? v : v / divisor(step, window);
        });
    }

    static void backward(Step.Pooling step, int batch, float[] x, float[] dy, float[] dx) {
        java.util.Arrays.fill(dx, 0, batch * step.in().size(), 0f);
        eachWindow(step, batch, (o, window) -> {
            if (step.kind() == Step.Pooling.Kind.MAX) {
                int best = window[0];
                for (int i : window) {
                    best = x[i] > x[best] ? i : best;
                }
                dx[best] += dy[o];
            } else {
                for (int i : window) {
                    dx[i] += dy[o] / divisor(step, window);
                }
            }
        });
    }
}
