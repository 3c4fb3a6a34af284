package xspace.attribution;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The windows of a pooling layer over one image, as flat indices into the input and output
 * arrays in the layer's own layout, so that the pooling rules work on plain arrays whatever the
 * layout. Positions in the padding are left out of a window.
 */
final class PoolingWindows {

    private final int channels;
    private final int[] in;
    private final int[] out;
    private final CNN2DFormat format;
    private final KernelGeometry geometry;

    PoolingWindows(SubsamplingLayer conf, INDArray input, INDArray output) {
        this.format = SpatialLayout.format(conf);
        this.channels = (int) input.size(SpatialLayout.channelAxis(format));
        this.in = SpatialLayout.size(input, format);
        this.out = SpatialLayout.size(output, format);
        this.geometry = KernelGeometry.of(conf.getKernelSize(), conf.getStride(), conf.getPadding(), conf.getDilation(),
                conf.getConvolutionMode(), in, out);
    }

    int outputSize() {
        return channels * out[0] * out[1];
    }

    int inputSize() {
        return channels * in[0] * in[1];
    }

    /** The flat index of output unit {@code o} (enumerated channel-major). */
    int outputIndex(int o) {
        int c = o / (out[0] * out[1]);
        int y = (o / out[1]) % out[0];
        int x = o % out[1];
        return flat(c, y, x, out);
    }

    /** The flat input indices of output unit {@code o}'s window, row by row. */
    int[] window(int o) {
        int c = o / (out[0] * out[1]);
        int y = (o / out[1]) % out[0];
        int x = o % out[1];
        int[] indices = new int[geometry.kH() * geometry.kW()];
        int count = 0;
        for (int ky = 0; ky < geometry.kH(); ky++) {
            int row = geometry.inputRow(y, ky);
            for (int kx = 0; kx < geometry.kW(); kx++) {
                int column = geometry.inputColumn(x, kx);
                if (row >= 0 && row < in[0] && column >= 0 && column < in[1]) {
                    indices[count++] = flat(c, row, column, in);
                }
            }
        }
        return java.util.Arrays.copyOf(indices, count);
    }

    private int flat(int c, int y, int x, int[] size) {
        return format == CNN2DFormat.NHWC ? (y * size[1] + x) * channels + c : (c * size[0] + y) * size[1] + x;
    }
}
