package xspace.gpu;

/**
 * A device in plain Java loops, the reference against which the executor's plans, forward pass
 * and Excitation Backprop are checked without a GPU. It also counts allocations, so that tests
 * see buffers freed.
 */
final class ReferenceDevice implements Device {

    private int live;

    private static final class Memory implements Buffer {
        final float[] v;

        Memory(long floats) {
            v = new float[Math.toIntExact(floats)];
        }

        @Override
        public long floats() {
            return v.length;
        }
    }

    private static float[] m(Buffer b) {
        return ((Memory) b).v;
    }

    int liveBuffers() {
        return live;
    }

    @Override
    public Buffer allocate(long floats) {
        live++;
        return new Memory(floats);
    }

    @Override
    public void free(Buffer buffer) {
        live--;
    }

    @Override
    public void upload(float[] values, Buffer into) {
        System.arraycopy(values, 0, m(into), 0, values.length);
    }

    @Override
    public float[] download(Buffer from, long floats) {
        return java.util.Arrays.copyOf(m(from), (int) floats);
    }

    @Override
    public void copy(Buffer from, long fromOffset, Buffer to, long toOffset, long floats) {
        System.arraycopy(m(from), (int) fromOffset, m(to), (int) toOffset, (int) floats);
    }

    /** Calls {@code visit(n, outIndex, inIndex, weightIndex)} for every product of a convolution. */
    private interface Visit {
        void at(int outIndex, int inIndex, int weightIndex);
    }

    private static void eachProduct(Step.Convolution c, int batch, Visit visit) {
        Shape in = c.in();
        Shape out = c.out();
        for (int n = 0; n < batch; n++) {
            for (int k = 0; k < out.channels(); k++) {
                for (int y = 0; y < out.height(); y++) {
                    for (int x = 0; x < out.width(); x++) {
                        int o = ((n * out.channels() + k) * out.height() + y) * out.width() + x;
                        for (int ch = 0; ch < in.channels(); ch++) {
                            for (int ky = 0; ky < c.kernel()[0]; ky++) {
                                int iy = y * c.stride()[0] - c.padding()[0] + ky * c.dilation()[0];
                                for (int kx = 0; kx < c.kernel()[1]; kx++) {
                                    int ix = x * c.stride()[1] - c.padding()[1] + kx * c.dilation()[1];
                                    if (iy >= 0 && iy < in.height() && ix >= 0 && ix < in.width()) {
                                        visit.at(o, ((n * in.channels() + ch) * in.height() + iy) * in.width() + ix,
                                                ((k * in.channels() + ch) * c.kernel()[0] + ky) * c.kernel()[1] + kx);
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    @Override
    public void convolution(Step.Convolution step, int batch, Buffer x, Buffer w, Buffer y) {
        float[] out = m(y);
        java.util.Arrays.fill(out, 0, batch * step.out().size(), 0f);
        eachProduct(step, batch, (o, i, k) -> out[o] += m(x)[i] * m(w)[k]);
    }

    @Override
    public void convolutionBackwardData(Step.Convolution step, int batch, Buffer w, Buffer dy, Buffer dx) {
        float[] out = m(dx);
        java.util.Arrays.fill(out, 0, batch * step.in().size(), 0f);
        eachProduct(step, batch, (o, i, k) -> out[i] += m(dy)[o] * m(w)[k]);
    }

    @Override
    public void pooling(Step.Pooling step, int batch, Buffer x, Buffer y) {
        ReferencePooling.forward(step, batch, m(x), m(y));
    }

    @Override
    public void poolingBackward(Step.Pooling step, int batch, Buffer x, Buffer y, Buffer dy, Buffer dx) {
        ReferencePooling.backward(step, batch, m(x), m(dy), m(dx));
    }

    @Override
    public void addBias(int batch, Shape shape, Buffer bias, Buffer y) {
        int area = shape.height() * shape.width();
        for (int i = 0; i < batch * shape.size(); i++) {
            m(y)[i] += m(bias)[(i / area) % shape.channels()];
        }
    }

    @Override
    public void activate(Activation function, long count, Buffer x) {
        for (int i = 0; i < count; i++) {
            float v = m(x)[i];
            m(x)[i] = switch (function) {
                case IDENTITY -> v;
                case RELU -> Math.max(0f, v);
                case RELU6 -> Math.min(6f, Math.max(0f, v));
                case SIGMOID -> (float) (1 / (1 + Math.exp(-v)));
                case TANH -> (float) Math.tanh(v);
            };
        }
    }

    @Override
    public void matmul(int rows, int inner, int cols, Buffer a, Buffer b, boolean transposeB, Buffer c) {
        for (int r = 0; r < rows; r++) {
            for (int j = 0; j < cols; j++) {
                double s = 0;
                for (int k = 0; k < inner; k++) {
                    s += m(a)[r * inner + k] * m(b)[transposeB ? j * inner + k : k * cols + j];
                }
                m(c)[r * cols + j] = (float) s;
            }
        }
    }

    @Override
    public void permute(int batch, Shape shape, boolean toChannelsLast, Buffer from, Buffer to) {
        int c = shape.channels();
        int area = shape.height() * shape.width();
        for (int n = 0; n < batch; n++) {
            for (int ch = 0; ch < c; ch++) {
                for (int p = 0; p < area; p++) {
                    int first = (n * c + ch) * area + p;
                    int last = (n * area + p) * c + ch;
                    if (toChannelsLast) {
                        m(to)[last] = m(from)[first];
                    } else {
                        m(to)[first] = m(from)[last];
                    }
                }
            }
        }
    }

    @Override
    public void channelSum(int rows, Shape shape, Buffer x, Buffer out) {
        int area = shape.height() * shape.width();
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < area; p++) {
                float s = 0;
                for (int ch = 0; ch < shape.channels(); ch++) {
                    s += m(x)[(r * shape.channels() + ch) * area + p];
                }
                m(out)[r * area + p] = s;
            }
        }
    }

    @Override
    public void ratio(long count, long period, Buffer p, Buffer n, Buffer out) {
        for (int i = 0; i < count; i++) {
            float d = m(n)[(int) (i % period)];
            m(out)[i] = d > 0 ? m(p)[i] / d : 0f;
        }
    }

    @Override
    public void multiply(long count, long period, Buffer g, Buffer a) {
        for (int i = 0; i < count; i++) {
            m(g)[i] *= m(a)[(int) (i % period)];
        }
    }

    @Override
    public void topSignal(int batch, int inputs, int targets, Buffer a, Buffer w, Buffer n, Buffer dualW, Buffer dualN,
            Buffer out) {
        for (int t = 0; t < targets; t++) {
            for (int b = 0; b < batch; b++) {
                for (int k = 0; k < inputs; k++) {
                    float v = share(m(w)[k * targets + t], m(n)[b * targets + t]);
                    if (dualW != null) {
                        v -= share(m(dualW)[k * targets + t], m(dualN)[b * targets + t]);
                    }
                    m(out)[(t * batch + b) * inputs + k] = m(a)[b * inputs + k] * v;
                }
            }
        }
    }

    private static float share(float w, float n) {
        return n > 0 ? w / n : 0f;
    }

    @Override
    public String describe() {
        return "reference device (plain Java)";
    }

    @Override
    public void close() {
    }
}
