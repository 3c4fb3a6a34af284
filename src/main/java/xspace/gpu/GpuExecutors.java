package xspace.gpu;

import java.util.Optional;
import java.util.logging.Logger;
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

    private static final Logger LOG = Logger.getLogger(GpuExecutors.class.getName());
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
            LOG.warning(e.getMessage() + "; the CPU runs this network");
            return Optional.empty();
        }
    }

    /** Where inference and heatmaps run, in words, starting the GPU if it is chosen: for {@code bench --backend}. */
    public static String status() {
        Optional<Device> gpu = device();
        ExecutorChoice choice = ExecutorSelection.chosen();
        return gpu.map(d -> "GPU executor, " + d.describe()).orElse("CPU (ND4J): " + choice.reason());
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
            LOG.warning("the GPU executor could not start (" + cause + "); the CPU runs inference and heatmaps");
            return Optional.empty();
        }
    }
}
