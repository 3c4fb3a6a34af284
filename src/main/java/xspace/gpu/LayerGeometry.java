package xspace.gpu;

import org.deeplearning4j.nn.conf.ConvolutionMode;

/**
 * The output size and the symmetric padding of a convolution or pooling window along one axis,
 * derived as DL4J derives them. cuDNN pads both sides alike, so a {@code Same} layer whose
 * padding DL4J splits unevenly (an odd total, the extra row at the bottom) is refused.
 */
record LayerGeometry(int out, int padding) {

    static LayerGeometry of(String layer, ConvolutionMode mode, int in, int kernel, int stride, int padding,
            int dilation) {
        int effective = (kernel - 1) * dilation + 1;
        if (mode == ConvolutionMode.Same) {
            int out = (in + stride - 1) / stride;
            int total = Math.max(0, (out - 1) * stride + effective - in);
            if (total % 2 != 0) {
                throw new UnsupportedLayerException(layer, "its 'Same' padding is uneven (" + total / 2 + " before, "
                        + (total - total / 2) + " after) and cuDNN pads both sides alike");
            }
            return new LayerGeometry(out, total / 2);
        }
        if (mode == ConvolutionMode.Causal) {
            throw new UnsupportedLayerException(layer, "causal convolution mode");
        }
        int out = (in + 2 * padding - effective) / stride + 1;
        if (out <= 0) {
            throw new UnsupportedLayerException(layer, "its window does not fit its " + in + "-wide input");
        }
        return new LayerGeometry(out, padding);
    }
}
