package xspace.gpu;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.MwpSource;
import xspace.engine.CudaLibraries;
import xspace.engine.ExecutorChoice;
import xspace.engine.ExecutorSelection;
import xspace.explain.ExplanationModule;
import xspace.model.ExplainedCnn;

/**
 * Opens the GPU executor where {@link ExecutorSelection} chose it: the CUDA device is made once
 * per process, reflectively, after the CUDA 13 libraries found on disk are loaded, so that no
 * class of {@code xspace.gpu.cuda} (nor of JavaCPP's CUDA presets) loads anywhere else. Any
 * failure to start, and any network the executor cannot run, leaves the caller on the CPU path
 * with the reason logged.
 */
public final class GpuExecutors {

    private static final Logger LOG = LoggerFactory.getLogger(GpuExecutors.class);
    private static final String DEVICE = "xspace.gpu.cuda.CudaDevice";

    private static Device device;

    private GpuExecutors() {
    }

    /** The executor for this network, or empty when the CPU path runs it (with the reason logged). */
    public static Optional<GpuExecutor> open(ExplainedCnn cnn, ExplanationModule module, String heatmapLayer) {
        Optional<Device> gpu = device();
        if (gpu.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new GpuExecutor(gpu.get(), cnn, module, heatmapLayer));
        } catch (UnsupportedLayerException e) {
            LOG.warn(e.getMessage() + "; the CPU runs this network");
            return Optional.empty();
        }
    }

    /**
     * What computes MWP and c-MWP for this network and target: the GPU executor where it is chosen
     * and runs the network, Excitation Backprop on ND4J otherwise. Heatmaps, the evaluation and the
     * application all ask here, so each follows the backend choice the same way.
     */
    public static MwpSource mwpSource(ExplainedCnn cnn, ExplanationModule module, String heatmapLayer) {
        return open(cnn, module, heatmapLayer).<MwpSource>map(g -> g)
                .orElseGet(() -> new ExcitationBackprop(cnn, module, heatmapLayer));
    }

    /** Where inference and heatmaps run, in words, starting the GPU if it is chosen: for {@code bench --backend}. */
    public static String status() {
        Optional<Device> gpu = device();
        ExecutorChoice choice = ExecutorSelection.chosen();
        return gpu.map(d -> "GPU executor, " + d.describe()).orElse("CPU (ND4J): " + choice.reason());
    }

    /**
     * The executor's speed on this network and module ({@link ExecutorTiming}), or empty where the
     * GPU executor does not run it.
     */
    public static Optional<ExecutorTiming> timing(ExplainedCnn cnn, ExplanationModule module, int batch, int repeats) {
        return open(cnn, module, null).map(executor -> {
            try (executor) {
                return ExecutorTiming.measure(executor, device, module, batch, repeats);
            }
        });
    }

    /**
     * Where heatmaps run, for a status line: the GPU and its math where the executor runs, else
     * empty (the CPU backend's own line says the rest; {@link #status()} has the reason).
     */
    public static Optional<String> gpuInShort() {
        return device().map(Device::summary);
    }

    /** The process's CUDA device, made on first use where the GPU executor was chosen. */
    static synchronized Optional<Device> device() {
        if (device != null) {
            return Optional.of(device);
        }
        ExecutorChoice choice = ExecutorSelection.chosen();
        if (choice.executor() != ExecutorChoice.Executor.GPU) {
            return Optional.empty();
        }
        try {
            NativePreload.load(CudaLibraries.find());
            device = (Device) Class.forName(DEVICE).getConstructor(int.class, MathMode.class)
                    .newInstance(choice.device().orElseThrow().index(), MathMode.configured());
            LOG.info("inference and heatmaps run on " + device.describe());
            return Optional.of(device);
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException i ? i.getCause() : e;
            ExecutorSelection.fail(String.valueOf(cause));
            LOG.warn("the GPU executor could not start (" + cause + "); the CPU runs inference and heatmaps");
            return Optional.empty();
        }
    }
}
