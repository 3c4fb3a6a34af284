package xspace.attribution;

import org.deeplearning4j.nn.conf.ConvolutionMode;

/**
 * Where a convolution or pooling window sits: kernel, stride, dilation and the top-left padding
 * that DL4J used in the forward pass (for {@code Same} mode derived from the input and output
 * sizes exactly as DL4J derives it; the bottom-right remainder is implicit).
 */
record KernelGeometry(int kH, int kW, int sH, int sW, int pH, int pW, int dH, int dW) {

    static KernelGeometry of(int[] kernel, int[] stride, int[] padding, int[] dilation, ConvolutionMode mode,
            int[] in, int[] out) {
        int[] d = dilation == null ? new int[] {1, 1} : dilation;
        if (mode == ConvolutionMode.Same) {
            return new KernelGeometry(kernel[0], kernel[1], stride[0], stride[1],
                    samePadding(in[0], out[0], kernel[0], stride[0], d[0]),
                    samePadding(in[1], out[1], kernel[1], stride[1], d[1]), d[0], d[1]);
        }
        return new KernelGeometry(kernel[0], kernel[1], stride[0], stride[1], padding[0], padding[1], d[0], d[1]);
    }

    private static int samePadding(int in, int out, int kernel, int stride, int dilation) {
        int effective = (kernel - 1) * dilation + 1;
        return Math.max(0, ((out - 1) * stride + effective - in) / 2);
    }

    /** The input row of kernel row {@code k} at output row {@code o}; may fall outside the input. */
    int inputRow(int o, int k) {
        return o * sH - pH + k * dH;
    }

    int inputColumn(int o, int k) {
        return o * sW - pW + k * dW;
    }
}
