package xspace.attribution;

import java.util.Set;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.deeplearning4j.nn.conf.layers.FeedForwardLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU6;
import xspace.model.ModelException;

/**
 * Chooses the Excitation Backprop rule of a DL4J layer, and refuses by name the layers and
 * activations for which marginal winning probabilities are not defined, rather than walk them
 * wrongly.
 */
final class ExcitationRules {

    /** Activations that keep the next layer's input non-negative, or leave that to a later ReLU layer. */
    private static final Set<Class<? extends IActivation>> RELU_LIKE =
            Set.of(ActivationReLU.class, ActivationReLU6.class, ActivationIdentity.class);

    private ExcitationRules() {
    }

    /** The rule of a layer below the top unit's layer. */
    static ExcitationRule below(Layer layer) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        checkActivation(conf);
        if (conf.getClass() == ConvolutionLayer.class) {
            return new PositiveConvolution((ConvolutionLayer) conf, layer.getParam("W"));
        }
        if (conf.getClass() == SubsamplingLayer.class) {
            return pooling((SubsamplingLayer) conf);
        }
        if (conf instanceof DenseLayer) {
            return new PositiveDense(layer.getParam("W"));
        }
        if (conf instanceof BatchNormalization || conf instanceof DropoutLayer || conf instanceof ActivationLayer) {
            return PassThrough.INSTANCE;
        }
        throw unsupported(conf);
    }

    /** The weights [inputs × outputs] of the layer that holds the top units. */
    static org.nd4j.linalg.api.ndarray.INDArray topWeights(Layer layer) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        if (!(conf instanceof FeedForwardLayer) || conf instanceof ConvolutionLayer || layer.getParam("W") == null
                || layer.getParam("W").rank() != 2) {
            throw new ModelException("top units must lie in a fully-connected layer; '" + conf.getLayerName()
                    + "' is a " + conf.getClass().getSimpleName());
        }
        return layer.getParam("W");
    }

    private static ExcitationRule pooling(SubsamplingLayer conf) {
        PoolingType type = conf.getPoolingType();
        if (type == PoolingType.MAX) {
            return new MaxPoolRouting(conf);
        }
        if (type == PoolingType.AVG || type == PoolingType.SUM) {
            return new AveragePoolExcitation(conf);
        }
        throw new ModelException("Excitation Backprop has no rule for " + type + " pooling (layer '"
                + conf.getLayerName() + "')");
    }

    private static void checkActivation(org.deeplearning4j.nn.conf.layers.Layer conf) {
        IActivation activation = conf instanceof BaseLayer base ? base.getActivationFn()
                : conf instanceof ActivationLayer act ? act.getActivationFn() : null;
        if (activation != null && !RELU_LIKE.contains(activation.getClass())) {
            throw new ModelException("Excitation Backprop needs non-negative activations below the top unit; layer '"
                    + conf.getLayerName() + "' uses " + activation);
        }
    }

    private static ModelException unsupported(org.deeplearning4j.nn.conf.layers.Layer conf) {
        return new ModelException("Excitation Backprop cannot pass through layer '" + conf.getLayerName() + "' ("
                + conf.getClass().getSimpleName() + "); supported are 2-D convolution, max/average pooling, dense,"
                + " dropout, batch normalisation and activation layers");
    }
}
