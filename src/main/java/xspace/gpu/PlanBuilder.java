package xspace.gpu;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.preprocessor.CnnToFeedForwardPreProcessor;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.activations.IActivation;
import xspace.model.InputLayout;
import xspace.model.LayerKind;

/**
 * Turns the layers of a DL4J network into executor steps, one layer at a time, tracking the
 * shape of one image's activations. A layer it cannot run is refused by name.
 */
final class PlanBuilder {

    private final List<Step> steps = new ArrayList<>();
    private final InputLayout layout;
    private final boolean reluOnly;
    private Shape shape;

    /**
     * @param layout   the layout the network's spatial layers compute in
     * @param reluOnly whether every activation must keep the next input non-negative (Excitation Backprop)
     */
    PlanBuilder(Shape input, InputLayout layout, boolean reluOnly) {
        this.shape = input;
        this.layout = layout;
        this.reluOnly = reluOnly;
    }

    List<Step> steps() {
        return steps;
    }

    Shape shape() {
        return shape;
    }

    /** Adds the steps of layers {@code from} to {@code to} (inclusive), counted from {@code offset} along the route. */
    PlanBuilder layers(MultiLayerNetwork network, int from, int to, int offset) {
        for (int i = from; i <= to; i++) {
            preprocessor(network.getLayerWiseConfigurations().getInputPreProcess(i), offset + i, name(network, i));
            layer(network.getLayer(i), offset + i);
        }
        return this;
    }

    /** Adds the top layer of a route: its input preprocessor, then its weights as the top units. */
    PlanBuilder top(MultiLayerNetwork network, int index, int offset) {
        String name = name(network, index);
        preprocessor(network.getLayerWiseConfigurations().getInputPreProcess(index), offset + index, name);
        Layer layer = network.getLayer(index);
        LayerKind kind = LayerKind.of(layer);
        if (kind != LayerKind.DENSE && kind != LayerKind.OUTPUT) {
            throw new UnsupportedLayerException(name, "top units must lie in a fully-connected layer");
        }
        steps.add(new Step.Top(offset + index, name, flatInput(name), Shape.flat(outputs(layer)), layer));
        return this;
    }

    /** Adds the output layer as the affine map that gives the pre-softmax scores (its activation is left out). */
    PlanBuilder logits(MultiLayerNetwork network, int index) {
        String name = name(network, index);
        preprocessor(network.getLayerWiseConfigurations().getInputPreProcess(index), index, name);
        Layer layer = network.getLayer(index);
        steps.add(new Step.Dense(index, name, flatInput(name), Shape.flat(outputs(layer)), true, layer));
        shape = Shape.flat(outputs(layer));
        return this;
    }

    private void preprocessor(InputPreProcessor pre, int index, String name) {
        if (pre == null) {
            return;
        }
        if (!(pre instanceof CnnToFeedForwardPreProcessor flatten)) {
            throw new UnsupportedLayerException(name, "its input preprocessor " + pre.getClass().getSimpleName()
                    + " has no executor step");
        }
        if (!shape.spatial()) {
            return; // DL4J passes a flat input through unchanged
        }
        InputLayout order = flatten.getFormat() == CNN2DFormat.NHWC ? InputLayout.NHWC : InputLayout.NCHW;
        steps.add(new Step.Flatten(index, name, shape, order));
        shape = Shape.flat(shape.size());
    }

    private void layer(Layer layer, int index) {
        org.deeplearning4j.nn.conf.layers.Layer conf = layer.conf().getLayer();
        String name = conf.getLayerName();
        switch (LayerKind.of(conf)) {
            case CONVOLUTION -> convolution((ConvolutionLayer) conf, layer, index);
            case DENSE -> {
                Shape out = Shape.flat(outputs(layer));
                steps.add(new Step.Dense(index, name, flatInput(name), out, layer.getParam("b") != null, layer));
                shape = out;
                activation(((BaseLayer) conf).getActivationFn(), index, name);
            }
            case MAX_POOLING -> pooling((SubsamplingLayer) conf, Step.Pooling.Kind.MAX, index);
            case AVERAGE_POOLING -> pooling((SubsamplingLayer) conf, Step.Pooling.Kind.AVERAGE, index);
            case SUM_POOLING -> pooling((SubsamplingLayer) conf, Step.Pooling.Kind.SUM, index);
            case DROPOUT -> steps.add(new Step.Identity(index, name, shape, "dropout at inference"));
            case ACTIVATION -> activation(((ActivationLayer) conf).getActivationFn(), index, name);
            case OUTPUT -> throw new UnsupportedLayerException(name, "an output layer below the top units");
            default -> throw new UnsupportedLayerException(name, LayerKind.of(conf).name().toLowerCase(
                    java.util.Locale.ROOT).replace('_', ' ') + " (" + conf.getClass().getSimpleName()
                    + ") has no executor step; supported are 2-D convolution, dense, max, average and sum pooling,"
                    + " dropout and activation layers");
        }
    }

    private void convolution(ConvolutionLayer conf, Layer layer, int index) {
        String name = conf.getLayerName();
        Shape in = spatialInput(name, conf.getCnn2dDataFormat());
        int[] k = conf.getKernelSize();
        int[] s = conf.getStride();
        int[] d = conf.getDilation() == null ? new int[] {1, 1} : conf.getDilation();
        LayerGeometry h = LayerGeometry.of(name, conf.getConvolutionMode(), in.height(), k[0], s[0], conf.getPadding()[0], d[0]);
        LayerGeometry w = LayerGeometry.of(name, conf.getConvolutionMode(), in.width(), k[1], s[1], conf.getPadding()[1], d[1]);
        long[] weights = layer.getParam("W").shape();
        if (weights[1] != in.channels()) {
            throw new UnsupportedLayerException(name, "its weights read " + weights[1] + " channels, its input has "
                    + in.channels());
        }
        Shape out = Shape.map((int) weights[0], h.out(), w.out());
        steps.add(new Step.Convolution(index, name, in, out, k.clone(), s.clone(),
                new int[] {h.padding(), w.padding()}, d.clone(), conf.hasBias(), layer));
        shape = out;
        activation(conf.getActivationFn(), index, name);
    }

    private void pooling(SubsamplingLayer conf, Step.Pooling.Kind kind, int index) {
        String name = conf.getLayerName();
        Shape in = spatialInput(name, conf.getCnn2dDataFormat());
        int[] d = conf.getDilation() == null ? new int[] {1, 1} : conf.getDilation();
        if (d[0] != 1 || d[1] != 1) {
            throw new UnsupportedLayerException(name, "dilated pooling");
        }
        int[] k = conf.getKernelSize();
        int[] s = conf.getStride();
        LayerGeometry h = LayerGeometry.of(name, conf.getConvolutionMode(), in.height(), k[0], s[0], conf.getPadding()[0], 1);
        LayerGeometry w = LayerGeometry.of(name, conf.getConvolutionMode(), in.width(), k[1], s[1], conf.getPadding()[1], 1);
        Shape out = Shape.map(in.channels(), h.out(), w.out());
        steps.add(new Step.Pooling(index, name, in, out, kind, k.clone(), s.clone(),
                new int[] {h.padding(), w.padding()}, conf.isAvgPoolIncludePadInDivisor()));
        shape = out;
    }

    private void activation(IActivation fn, int index, String name) {
        Activation a = Activation.of(fn);
        if (a == null) {
            throw new UnsupportedLayerException(name, "activation " + fn + " has no executor step");
        }
        if (reluOnly && !a.reluLike()) {
            throw new UnsupportedLayerException(name, "Excitation Backprop needs non-negative activations below the"
                    + " top unit, found " + fn);
        }
        if (a != Activation.IDENTITY) {
            steps.add(new Step.Activate(index, name, shape, a));
        }
    }

    private Shape spatialInput(String name, CNN2DFormat format) {
        if (!shape.spatial()) {
            throw new UnsupportedLayerException(name, "a spatial layer above a flat input");
        }
        InputLayout own = format == CNN2DFormat.NHWC ? InputLayout.NHWC : InputLayout.NCHW;
        if (own != layout) {
            throw new UnsupportedLayerException(name, "it computes in " + own + " in a network whose input is " + layout);
        }
        return shape;
    }

    private Shape flatInput(String name) {
        if (shape.spatial()) {
            throw new UnsupportedLayerException(name, "a dense layer on a spatial input without a flattening preprocessor");
        }
        return shape;
    }

    private static int outputs(Layer layer) {
        return (int) layer.getParam("W").size(1);
    }

    private static String name(MultiLayerNetwork network, int index) {
        return network.getLayer(index).conf().getLayer().getLayerName();
    }
}
