package xspace.attribution;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU6;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.model.LayerKind;
import xspace.model.ModelException;

/**
 * The Excitation Backprop rule of each kind of layer, as one table (zennit's layer map, Captum's
 * supported layers): a layer is classified once by {@link LayerKind} and its rule looked up. Kinds
 * and activations for which marginal winning probabilities are not defined are refused by name,
 * rather than walked wrongly.
 */
final class ExcitationRules {

    /** Activations that keep the next layer's input non-negative, or leave that to a later ReLU layer. */
    private static final Set<Class<? extends IActivation>> RELU_LIKE =
            Set.of(ActivationReLU.class, ActivationReLU6.class, ActivationIdentity.class);

    private static final Map<LayerKind, Function<Layer, ExcitationRule>> RULES = table();

    private ExcitationRules() {
    }

    private static Map<LayerKind, Function<Layer, ExcitationRule>> table() {
        Map<LayerKind, Function<Layer, ExcitationRule>> rules = new EnumMap<>(LayerKind.class);
        rules.put(LayerKind.CONVOLUTION,
                layer -> PositiveWeights.convolution((ConvolutionLayer) conf(layer), layer.getParam("W")));
        rules.put(LayerKind.DENSE, layer -> PositiveWeights.dense(layer.getParam("W")));
        rules.put(LayerKind.MAX_POOLING, layer -> new MaxPoolRouting((SubsamplingLayer) conf(layer)));
        // Sum pooling is average pooling with weights 1 instead of 1/k; the rule needs neither.
        rules.put(LayerKind.AVERAGE_POOLING, layer -> new AveragePoolExcitation((SubsamplingLayer) conf(layer)));
        rules.put(LayerKind.SUM_POOLING, layer -> new AveragePoolExcitation((SubsamplingLayer) conf(layer)));
        // The shape-keeping kinds are the identity or element-wise at inference, on inputs the rules
        // above keep non-negative, so P passes them unchanged (see ExcitationBackprop on ReLU).
        for (LayerKind kind : LayerKind.values()) {
            if (kind.keepsShape()) {
                rules.put(kind, layer -> PassThrough.INSTANCE);
            }
        }
        return Collections.unmodifiableMap(rules);
    }

    /** The kinds of layer Excitation Backprop can pass through below the top unit. */
    static Set<LayerKind> supported() {
        return RULES.keySet();
    }

    /** The rule of a layer below the top unit's layer. */
    static ExcitationRule below(Layer layer) {
        org.deeplearning4j.nn.conf.layers.Layer conf = conf(layer);
        checkActivation(conf);
        LayerKind kind = LayerKind.of(conf);
        Function<Layer, ExcitationRule> rule = RULES.get(kind);
        if (rule == null) {
            throw new ModelException("Excitation Backprop cannot pass through layer '" + conf.getLayerName() + "' ("
                    + conf.getClass().getSimpleName() + (kind.pooling() ? ", " + ((SubsamplingLayer) conf).getPoolingType()
                    + " pooling" : "") + "); supported are " + described(supported()));
        }
        return rule.apply(layer);
    }

    /** The weights [inputs × outputs] of the layer that holds the top units. */
    static INDArray topWeights(Layer layer) {
        org.deeplearning4j.nn.conf.layers.Layer conf = conf(layer);
        LayerKind kind = LayerKind.of(conf);
        if (kind != LayerKind.DENSE && kind != LayerKind.OUTPUT) {
            throw new ModelException("top units must lie in a fully-connected layer; '" + conf.getLayerName()
                    + "' is a " + conf.getClass().getSimpleName());
        }
        return layer.getParam("W");
    }

    /** Kinds in words, in the table's order, e.g. "convolution, dense, max pooling". */
    private static String described(Set<LayerKind> kinds) {
        return kinds.stream().map(k -> k.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '))
                .collect(Collectors.joining(", "));
    }

    private static org.deeplearning4j.nn.conf.layers.Layer conf(Layer layer) {
        return layer.conf().getLayer();
    }

    private static void checkActivation(org.deeplearning4j.nn.conf.layers.Layer conf) {
        IActivation activation = conf instanceof BaseLayer base ? base.getActivationFn()
                : conf instanceof ActivationLayer act ? act.getActivationFn() : null;
        if (activation != null && !RELU_LIKE.contains(activation.getClass())) {
            throw new ModelException("Excitation Backprop needs non-negative activations below the top unit; layer '"
                    + conf.getLayerName() + "' uses " + activation);
        }
    }
}
