package xspace.gpu;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.LayerMaps;
import xspace.attribution.MwpSource;
import xspace.attribution.Target;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleNetwork;
import xspace.model.ExplainedCnn;
import xspace.model.Inference;

/**
 * The explained CNN (and an explanation module above its Z layer) run on a device: Z and ŷ for
 * batches of inputs, and MWP or c-MWP maps of many targets for batches of images, with the CPU
 * path's semantics. Every plan is made when the executor is, so a layer the executor cannot run
 * is refused here, by name, and the caller stays on the CPU. One device stream and one set of
 * library handles: calls are serialised on the device, across every executor that shares it (the
 * application's views, a job filling the cache). The device belongs to whoever made it: closing
 * the executor frees its own memory only.
 */
public final class GpuExecutor implements MwpSource, Inference, AutoCloseable {

    private final Device device;
    private final ExplainedCnn cnn;
    private final String heatmapLayer;
    private final DeviceWeights weights;
    private final Arena arena;
    private final ExecutorPlan features;
    private final Map<Target.Kind, ExecutorPlan> routes = new EnumMap<>(Target.Kind.class);

    /**
     * @param module       the module whose x-features are targets, or null for logit and Z targets only
     * @param heatmapLayer the CNN layer whose output maps are read at, or null for the default
     * @throws UnsupportedLayerException naming a layer the executor cannot run
     */
    public GpuExecutor(Device device, ExplainedCnn cnn, ExplanationModule module, String heatmapLayer) {
        this.device = device;
        this.cnn = cnn;
        this.heatmapLayer = heatmapLayer == null ? ExcitationBackprop.defaultHeatmapLayer(cnn) : heatmapLayer;
        int heatmapIndex = cnn.layerIndex(this.heatmapLayer);
        this.features = ExecutorPlan.features(cnn);
        routes.put(Target.Kind.LOGIT, ExecutorPlan.route(cnn, Target.Kind.LOGIT, null, heatmapIndex));
        routes.put(Target.Kind.Z, ExecutorPlan.route(cnn, Target.Kind.Z, null, heatmapIndex));
        if (module != null) {
            MultiLayerNetwork encoder = ModuleNetwork.encoderPredictor(module.parameters().castTo(DataType.FLOAT));
            routes.put(Target.Kind.XFEATURE, ExecutorPlan.route(cnn, Target.Kind.XFEATURE, encoder, heatmapIndex));
        }
        this.weights = new DeviceWeights(device);
        this.arena = new Arena(device);
    }

    /** Z and ŷ of a batch of network inputs. */
    @Override
    public ExplainedCnn.Forward forward(INDArray input) {
        synchronized (device) {
            return forwardOnDevice(input);
        }
    }

    private ExplainedCnn.Forward forwardOnDevice(INDArray input) {
        device.attach();
        int batch = (int) input.size(0);
        Activations run = new ForwardPass(new PlanRun(device, features, weights, arena)).run(input,
                features.steps().size() - 1);
        int z = features.lastStepOf(features.zLayer());
        int last = features.steps().size() - 1;
        return new ExplainedCnn.Forward(matrix(run.outputOf(z), batch, features.steps().get(z).out().size()),
                matrix(run.outputOf(last), batch, features.steps().get(last).out().size()));
    }

    /** One {@link LayerMaps} per image of the batch, each with one map per target (all of one kind). */
    public List<LayerMaps> maps(INDArray input, List<Target> targets, boolean contrastive) {
        ExecutorPlan route = route(targets);
        synchronized (device) {
            return mapsOnDevice(route, input, targets, contrastive);
        }
    }

    private List<LayerMaps> mapsOnDevice(ExecutorPlan route, INDArray input, List<Target> targets, boolean contrastive) {
        device.attach();
        int batch = (int) input.size(0);
        Activations run = new ForwardPass(new PlanRun(device, route, weights, arena)).run(input,
                route.lastStepOf(route.heatmapLayer()));
        int[] units = targets.stream().mapToInt(Target::unit).toArray();
        return new ExcitationPass(new PlanRun(device, route, weights, arena)).maps(run, units, contrastive);
    }

    /** The whole batch in one pass. */
    @Override
    public List<LayerMaps> contrastiveMwpOfEach(INDArray batch, List<Target> targets) {
        return maps(batch, targets, true);
    }

    @Override
    public LayerMaps mwp(INDArray input, List<Target> targets) {
        return single(input, targets, false);
    }

    @Override
    public LayerMaps contrastiveMwp(INDArray input, List<Target> targets) {
        return single(input, targets, true);
    }

    private LayerMaps single(INDArray input, List<Target> targets, boolean contrastive) {
        if (input.size(0) != 1) {
            throw new IllegalArgumentException("one image at a time here, got a batch of " + input.size(0)
                    + "; use maps() for batches");
        }
        return maps(input, targets, contrastive).get(0);
    }

    @Override
    public ExplainedCnn cnn() {
        return cnn;
    }

    @Override
    public String heatmapLayer() {
        return heatmapLayer;
    }

    /** The route plan of a kind of target, as it runs. */
    public ExecutorPlan plan(Target.Kind kind) {
        ExecutorPlan plan = routes.get(kind);
        if (plan == null) {
            throw new IllegalArgumentException(kind + " targets need an explanation module");
        }
        return plan;
    }

    /** The feature plan (Z and ŷ). */
    public ExecutorPlan features() {
        return features;
    }

    /** The device and its math, in words. */
    public String describe() {
        return device.describe();
    }

    private ExecutorPlan route(List<Target> targets) {
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("no targets");
        }
        Target.Kind kind = targets.get(0).kind();
        if (targets.stream().anyMatch(t -> t.kind() != kind)) {
            throw new IllegalArgumentException("targets of one pass must be of one kind, found " + targets);
        }
        return plan(kind);
    }

    private INDArray matrix(Device.Buffer buffer, int rows, int columns) {
        float[] values = device.download(buffer, (long) rows * columns);
        return Nd4j.create(values, new long[] {rows, columns}, 'c');
    }

    @Override
    public void close() {
        synchronized (device) {
            device.attach();
            arena.close();
            weights.close();
        }
    }
}
