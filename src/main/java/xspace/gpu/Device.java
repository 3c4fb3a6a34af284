package xspace.gpu;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The operations the executor asks of a device, each one library call or one small kernel. The
 * executor's forward pass and Excitation Backprop are written once against this interface; the
 * CUDA device ({@code xspace.gpu.cuda}) runs them with cuDNN, cuBLAS and NVRTC kernels. Spatial
 * tensors are channels-first [batch, C, H, W], flat ones [batch, units], both row-major floats.
 */
public interface Device extends AutoCloseable {

    /** Device memory for {@code floats} values. */
    interface Buffer {
        long floats();
    }

    /** Makes the device current on the calling thread; every executor call begins with it. */
    default void attach() {
    }

    Buffer allocate(long floats);

    void free(Buffer buffer);

    void upload(float[] values, Buffer into);

    /** Uploads an array's values in C order (a network input: straight from ND4J's memory where it can). */
    default void upload(INDArray values, Buffer into) {
        upload(DeviceWeights.values(values), into);
    }

    float[] download(Buffer from, long floats);

    /** Copies {@code floats} values between buffers, at offsets counted in floats. */
    void copy(Buffer from, long fromOffset, Buffer to, long toOffset, long floats);

    /** y = x ⋆ w (cross-correlation), no bias. */
    void convolution(Step.Convolution step, int batch, Buffer x, Buffer w, Buffer y);

    /** dx = the transposed convolution of dy with w (cuDNN's backward data). */
    void convolutionBackwardData(Step.Convolution step, int batch, Buffer w, Buffer dy, Buffer dx);

    void pooling(Step.Pooling step, int batch, Buffer x, Buffer y);

    /**
     * dx from dy through pooling: max routes each window's dy to its maximum in x; average and
     * sum spread it over the window as their forward pass gathers it.
     */
    void poolingBackward(Step.Pooling step, int batch, Buffer x, Buffer y, Buffer dy, Buffer dx);

    /** y += bias, one value per channel of a map or per unit of a flat shape. */
    void addBias(int batch, Shape shape, Buffer bias, Buffer y);

    /** x = f(x) for {@code count} values. */
    void activate(Activation function, long count, Buffer x);

    /**
     * c = a · b for row-major a [rows × inner] and b [inner × cols], or b [cols × inner] used
     * transposed when {@code transposeB}.
     */
    void matmul(int rows, int inner, int cols, Buffer a, Buffer b, boolean transposeB, Buffer c);

    /** Channels-first maps to channels-last ({@code toChannelsLast}) or back. */
    void permute(int batch, Shape shape, boolean toChannelsLast, Buffer from, Buffer to);

    /** out [rows × H·W] = the sum over channels of x [rows × C × H × W]. */
    void channelSum(int rows, Shape shape, Buffer x, Buffer out);

    /**
     * Excitation Backprop's ratio P ⊘ N, 0 where N ≤ 0: out[i] = p[i] / n[i mod period], for
     * {@code count} values (the rows of every target share one image's normalisers).
     */
    void ratio(long count, long period, Buffer p, Buffer n, Buffer out);

    /** g[i] *= a[i mod period]: the product with the layer's input activations. */
    void multiply(long count, long period, Buffer g, Buffer a);

    /**
     * The signal at the top layer's input for rows t·batch + b (target t, image b):
     * a[b] ⊙ (w[:, t] ⊘ n[b, t] − dualW[:, t] ⊘ dualN[b, t]), each ratio 0 where its normaliser is,
     * and without the dual term when {@code dualW} is null. w and dualW are [inputs × targets].
     */
    void topSignal(int batch, int inputs, int targets, Buffer a, Buffer w, Buffer n, Buffer dualW, Buffer dualN,
            Buffer out);

    /** The device and the math it runs, in words. */
    String describe();

    /** The device and its math in a few words, for a status line. */
    default String summary() {
        return describe();
    }

    @Override
    void close();
}
