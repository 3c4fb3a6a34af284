package xspace.attribution;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.model.LayerKind;

/**
 * Moves four-dimensional activations between a layer's own layout (NCHW for networks built here,
 * NHWC for Keras imports) and the NCHW that the per-layer arithmetic uses.
 */
final class SpatialLayout {

    private SpatialLayout() {
    }

    /**
     * The layout of a {@link LayerKind#spatial() spatial} layer's input and output; DL4J leaves it
     * unset for the NCHW it defaults to.
     */
    static CNN2DFormat format(Layer conf) {
        LayerKind kind = LayerKind.of(conf);
        if (!kind.spatial()) {
            throw new IllegalArgumentException("layer '" + conf.getLayerName() + "' is not spatial but " + kind);
        }
        CNN2DFormat format = kind == LayerKind.CONVOLUTION ? ((ConvolutionLayer) conf).getCnn2dDataFormat()
                : ((SubsamplingLayer) conf).getCnn2dDataFormat();
        return format == null ? CNN2DFormat.NCHW : format;
    }

    static INDArray toNchw(INDArray x, CNN2DFormat format) {
        return format == CNN2DFormat.NHWC ? x.permute(0, 3, 1, 2).dup('c') : x;
    }

    static INDArray fromNchw(INDArray x, CNN2DFormat format) {
        return format == CNN2DFormat.NHWC ? x.permute(0, 2, 3, 1).dup('c') : x;
    }

    static int channelAxis(CNN2DFormat format) {
        return format == CNN2DFormat.NHWC ? 3 : 1;
    }

    /** {height, width} of activations in the given layout. */
    static int[] size(INDArray x, CNN2DFormat format) {
        return format == CNN2DFormat.NHWC
                ? new int[] {(int) x.size(1), (int) x.size(2)}
                : new int[] {(int) x.size(2), (int) x.size(3)};
    }
}
