package xspace.gpu;

import java.util.ArrayList;
import java.util.List;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import xspace.attribution.Target;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;

/**
 * What the GPU executor runs for one network, in order: the steps from the network input up to
 * the pre-softmax scores (a {@linkplain #features feature plan}), or up to the layer of a kind of
 * top unit for Excitation Backprop (a {@linkplain #route route}). Made without a GPU, so that the
 * mapping from DL4J layers to library calls is checked anywhere.
 *
 * @param layout       the layout of the network input; the device converts channels-last input once
 * @param input        one image's input shape
 * @param steps        the steps in order; a route ends with its {@link Step.Top}
 * @param zLayer       the index of the Z layer along the route
 * @param heatmapLayer the index of the layer whose output heatmaps are read at, or -1 in a feature plan
 */
public record ExecutorPlan(InputLayout layout, Shape input, List<Step> steps, int zLayer, int heatmapLayer) {

    public ExecutorPlan {
        steps = List.copyOf(steps);
    }

    /** Z and the pre-softmax scores ŷ: every layer of the network, the output layer as its affine map. */
    public static ExecutorPlan features(ExplainedCnn cnn) {
        MultiLayerNetwork network = cnn.network();
        Shape input = inputShape(cnn);
        int last = network.getnLayers() - 1;
        PlanBuilder builder = new PlanBuilder(input, cnn.info().layout(), false)
                .layers(network, 0, last - 1, 0).logits(network, last);
        return new ExecutorPlan(cnn.info().layout(), input, builder.steps(), cnn.zIndex(), -1);
    }

    /**
     * The route of Excitation Backprop to one kind of top unit, as {@code xspace.attribution}
     * walks it: logits at the output layer, Z units at the Z layer, x-features through the
     * module's encoder ({@code module}: its encoder–predictor network) above Z.
     */
    public static ExecutorPlan route(ExplainedCnn cnn, Target.Kind kind, MultiLayerNetwork module, int heatmapLayer) {
        MultiLayerNetwork network = cnn.network();
        Shape input = inputShape(cnn);
        PlanBuilder builder = new PlanBuilder(input, cnn.info().layout(), true);
        int z = cnn.zIndex();
        switch (kind) {
            case LOGIT -> builder.layers(network, 0, network.getnLayers() - 2, 0).top(network, network.getnLayers() - 1, 0);
            case Z -> builder.layers(network, 0, z - 1, 0).top(network, z, 0);
            case XFEATURE -> {
                if (module == null) {
                    throw new IllegalArgumentException("x-feature targets need an explanation module");
                }
                // encoder1, encoder2, then the x-features as top units; the predictor is never walked
                builder.layers(network, 0, z, 0).layers(module, 0, 1, z + 1).top(module, 2, z + 1);
            }
        }
        ExecutorPlan plan = new ExecutorPlan(cnn.info().layout(), input, builder.steps(), z, heatmapLayer);
        if (heatmapLayer >= plan.top().layer()) {
            throw new IllegalArgumentException("the heatmap layer is not below the top units' layer '"
                    + plan.top().name() + "'");
        }
        if (!plan.steps().get(plan.lastStepOf(heatmapLayer)).out().spatial()) {
            throw new IllegalArgumentException("the heatmap layer's output is not a spatial map");
        }
        return plan;
    }

    private static Shape inputShape(ExplainedCnn cnn) {
        int channels = (int) cnn.network().getLayer(0).getParam("W").size(1);
        return Shape.map(channels, cnn.info().inputSize(), cnn.info().inputSize());
    }

    /** The route's top step. */
    public Step.Top top() {
        if (!(steps.get(steps.size() - 1) instanceof Step.Top top)) {
            throw new IllegalStateException("a feature plan has no top units");
        }
        return top;
    }

    /** The index of the last step of layer {@code layer} (its output is that layer's output). */
    public int lastStepOf(int layer) {
        int found = -1;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).layer() <= layer) {
                found = i;
            }
        }
        if (found < 0) {
            throw new IllegalArgumentException("no step belongs to layer " + layer);
        }
        return found;
    }

    /** One line per step: the layer, the call, the shapes. */
    public List<String> describe() {
        List<String> lines = new ArrayList<>();
        lines.add("input " + layout + " " + input + (layout == InputLayout.NHWC ? " (cudnnTransformTensor NHWC → NCHW)" : ""));
        steps.forEach(s -> lines.add(s.toString()));
        return lines;
    }
}
