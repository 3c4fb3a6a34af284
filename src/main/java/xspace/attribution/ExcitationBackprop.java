package xspace.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleNetwork;
import xspace.model.ExplainedCnn;
import xspace.model.ModelException;

/**
 * Excitation Backprop (Zhang et al. 2016) over the explained CNN and, for x-features, the
 * explanation module's encoder: marginal winning probabilities (MWP) from top units with P = 1
 * down to a heatmap layer, plain or contrastive (c-MWP).
 *
 * <p>Each conv or dense layer passes P_in = a ⊙ (W⁺ᵀ (P_out ⊘ N)) with N = W⁺a (no bias, 0 where
 * N = 0); max pooling routes to the forward arg-max; average pooling is the linear layer it is.
 * ReLU is treated as the identity, as TorchRay does: since every P_in carries the factor a, which
 * is a ReLU output, P is already 0 wherever a ReLU output is 0, so this differs from gating only
 * at the top unit, which starts with P = 1 even when its activation is 0 (c-MWP asks "where
 * would evidence for this unit come from" whatever its value).
 *
 * <p>For c-MWP the dual of each top unit has the negated weights of the top layer; target and dual
 * are carried to the top layer's input (the contrast layer), subtracted there, and the
 * difference alone goes further down, so c-MWP costs one pass. All targets of one image go down
 * as one batch of rows sharing the forward activations and the normalisers N.
 */
public final class ExcitationBackprop implements MwpSource {

    private final ExplainedCnn cnn;
    private final PositiveTwin cnnTwin;
    private final PositiveTwin moduleTwin;
    private final int heatmapIndex;
    private final CNN2DFormat heatmapFormat;
    private final Map<Target.Kind, Route> routes = new EnumMap<>(Target.Kind.class);

    /** For logit and Z targets, read at the default heatmap layer. */
    public ExcitationBackprop(ExplainedCnn cnn) {
        this(cnn, null, null);
    }

    /**
     * @param module       the module whose x-features are targets, or null for logit and Z targets only
     * @param heatmapLayer the CNN layer whose output the maps are read at, or null for the default
     */
    public ExcitationBackprop(ExplainedCnn cnn, ExplanationModule module, String heatmapLayer) {
        if (module != null && module.parameters().shape().zSize() != cnn.zSize()) {
            throw new ModelException("the module reads " + module.parameters().shape().zSize() + " Z units but layer '"
                    + cnn.info().zLayer() + "' has " + cnn.zSize());
        }
        this.cnn = cnn;
        this.cnnTwin = new PositiveTwin(cnn.network());
        DataType type = cnn.network().params().dataType();
        this.moduleTwin = module == null ? null
                : new PositiveTwin(ModuleNetwork.encoderPredictor(module.parameters().castTo(type)));
        this.heatmapIndex = heatmapLayer == null ? HeatmapLayers.defaultIndex(cnn.network(), cnn.zIndex())
                : cnn.layerIndex(heatmapLayer);
        this.heatmapFormat = HeatmapLayers.format(cnn.network(), heatmapIndex);
    }

    /** The default heatmap layer of a network (see {@link HeatmapLayers}). */
    public static String defaultHeatmapLayer(ExplainedCnn cnn) {
        return cnn.layerNames().get(HeatmapLayers.defaultIndex(cnn.network(), cnn.zIndex()));
    }

    /** The layers below Z that heatmaps can be read at (those with a spatial output), lowest first. */
    public static List<String> heatmapLayers(ExplainedCnn cnn) {
        return HeatmapLayers.spatialIndices(cnn.network(), cnn.zIndex()).stream().map(cnn.layerNames()::get).toList();
    }

    @Override
    public String heatmapLayer() {
        return cnn.layerNames().get(heatmapIndex);
    }

    @Override
    public ExplainedCnn cnn() {
        return cnn;
    }

    /** MWP of each target for one network input (batch of one), summed over channels. */
    @Override
    public LayerMaps mwp(INDArray input, List<Target> targets) {
        return maps(propagate(input, targets, false).atHeatmapLayer(), false);
    }

    /** c-MWP of each target for one network input, summed over channels and clamped at 0. */
    @Override
    public LayerMaps contrastiveMwp(INDArray input, List<Target> targets) {
        return maps(propagate(input, targets, true).atHeatmapLayer(), true);
    }

    /** The signal at every layer from the top layer's input down to the heatmap layer's output. */
    Propagation propagate(INDArray input, List<Target> targets, boolean contrastive) {
        Route route = route(commonKind(targets));
        int top = route.top();
        if (heatmapIndex >= top) {
            throw new ModelException("the heatmap layer '" + heatmapLayer() + "' is not below the top units' layer '"
                    + route.name(top) + "'");
        }
        List<INDArray> activations = route.forward(input.castTo(cnn.network().params().dataType()));
        if (activations.get(0).size(0) != 1) {
            throw new IllegalArgumentException("Excitation Backprop takes one image at a time, got a batch of "
                    + activations.get(0).size(0));
        }
        List<String> names = new ArrayList<>();
        List<INDArray> signals = new ArrayList<>();
        INDArray signal = topSignal(route, activations.get(top), units(targets, route), contrastive);
        for (int g = top - 1; ; g--) {
            names.add(route.name(g));
            signals.add(signal);
            if (g == heatmapIndex) {
                return new Propagation(names, signals);
            }
            signal = route.layer(g).prepare(activations.get(g), activations.get(g + 1)).down(signal);
        }
    }

    /** P at the top layer's input: target minus dual for c-MWP, the target alone for MWP. */
    private static INDArray topSignal(Route route, INDArray topInput, int[] units, boolean contrastive) {
        INDArray columns = route.topWeights().getColumns(units);
        INDArray start = Nd4j.eye(units.length).castTo(columns.dataType());
        ExcitationLayer top = route.topLayer();
        INDArray target = top.withRule(PositiveWeights.dense(columns)).prepare(topInput, null).down(start);
        if (!contrastive) {
            return target;
        }
        INDArray dual = top.withRule(PositiveWeights.dense(columns.neg())).prepare(topInput, null).down(start);
        return target.subi(dual);
    }

    private LayerMaps maps(INDArray signal, boolean clamp) {
        if (signal.rank() != 4) {
            throw new ModelException("the output of '" + heatmapLayer() + "' is not a spatial map (rank "
                    + signal.rank() + ")");
        }
        INDArray summed = signal.sum(SpatialLayout.channelAxis(heatmapFormat));
        int n = (int) summed.size(0);
        int height = (int) summed.size(1);
        int width = (int) summed.size(2);
        float[][] maps = new float[n][];
        for (int i = 0; i < n; i++) {
            maps[i] = summed.get(org.nd4j.linalg.indexing.NDArrayIndex.point(i)).dup('c')
                    .reshape(height * width).castTo(DataType.FLOAT).toFloatVector();
            if (clamp) {
                for (int j = 0; j < maps[i].length; j++) {
                    maps[i][j] = Math.max(0f, maps[i][j]);
                }
            }
        }
        return new LayerMaps(maps, height, width);
    }

    private synchronized Route route(Target.Kind kind) {
        return routes.computeIfAbsent(kind, k -> Route.of(k, cnnTwin, cnn.zIndex(), moduleTwin));
    }

    private static Target.Kind commonKind(List<Target> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no targets");
        }
        Target.Kind kind = targets.get(0).kind();
        if (targets.stream().anyMatch(t -> t.kind() != kind)) {
            throw new IllegalArgumentException("targets of one pass must be of one kind, found " + targets);
        }
        return kind;
    }

    private static int[] units(List<Target> targets, Route route) {
        long available = route.topWeights().size(1);
        for (Target t : targets) {
            if (t.unit() >= available) {
                throw new IllegalArgumentException(t.kind() + " unit " + t.unit() + " does not exist; layer '"
                        + route.name(route.top()) + "' has " + available + " units");
            }
        }
        return targets.stream().mapToInt(Target::unit).toArray();
    }
}
