package xspace.model;

import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseOutputLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;

/**
 * What a DL4J layer is, decided once, so that every walk over a network (attribution rules,
 * heatmap layers, executors, FLOP counts) asks the same question the same way instead of
 * repeating its own chain of {@code instanceof} tests.
 */
public enum LayerKind {
    /** Plain 2-D convolution (subclasses such as depthwise or deconvolution are {@link #OTHER}). */
    CONVOLUTION(true, false),
    /** Fully-connected layer with weights [inputs × outputs]. */
    DENSE(false, false),
    /** The classifier's output layer (dense weights followed by a loss). */
    OUTPUT(false, false),
    MAX_POOLING(true, false),
    AVERAGE_POOLING(true, false),
    SUM_POOLING(true, false),
    /** Any other pooling type (p-norm): spatial, but no attribution rule. */
    OTHER_POOLING(true, false),
    BATCH_NORMALIZATION(false, true),
    DROPOUT(false, true),
    ACTIVATION(false, true),
    OTHER(false, false);

    private final boolean spatial;
    private final boolean keepsShape;

    LayerKind(boolean spatial, boolean keepsShape) {
        this.spatial = spatial;
        this.keepsShape = keepsShape;
    }

    public static LayerKind of(Layer conf) {
        if (conf.getClass() == ConvolutionLayer.class) {
            return CONVOLUTION;
        }
        if (conf.getClass() == SubsamplingLayer.class) {
            return pooling(((SubsamplingLayer) conf).getPoolingType());
        }
        if (conf instanceof DenseLayer) {
            return DENSE;
        }
        if (conf instanceof BaseOutputLayer) {
            return OUTPUT;
        }
        if (conf instanceof BatchNormalization) {
            return BATCH_NORMALIZATION;
        }
        if (conf instanceof DropoutLayer) {
            return DROPOUT;
        }
        if (conf instanceof ActivationLayer) {
            return ACTIVATION;
        }
        return OTHER;
    }

    public static LayerKind of(org.deeplearning4j.nn.api.Layer layer) {
        return of(layer.conf().getLayer());
    }

    private static LayerKind pooling(PoolingType type) {
        return switch (type) {
            case MAX -> MAX_POOLING;
            case AVG -> AVERAGE_POOLING;
            case SUM -> SUM_POOLING;
            default -> OTHER_POOLING;
        };
    }

    /** Its output is a spatial map (channels × height × width) with a layout of its own. */
    public boolean spatial() {
        return spatial;
    }

    /** Its output has its input's shape and layout (element-wise or identity at inference). */
    public boolean keepsShape() {
        return keepsShape;
    }

    public boolean pooling() {
        return this == MAX_POOLING || this == AVERAGE_POOLING || this == SUM_POOLING || this == OTHER_POOLING;
    }
}
