package xspace.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Where inference and heatmaps run: the GPU executor (cuDNN and cuBLAS through JavaCPP's CUDA 13
 * presets) on a GPU of compute capability 7.5 or higher whose CUDA 13 libraries are found, the
 * CPU path otherwise, always with the reason in words, naming what is missing and how to get it.
 * Training stays with ND4J's backend ({@link BackendChoice}).
 *
 * @param presets the version of JavaCPP's CUDA presets on the class path, or null when there are none
 */
public record ExecutorChoice(Executor executor, Optional<GpuDevice> device, String reason) {

    public enum Executor {
        CPU, GPU
    }

    /** The presets this build's executor is compiled against. */
    public static final String PRESETS = "13.1-9.19-1.5.13";

    static final String INSTALL = "install the CUDA 13 toolkit and cuDNN 9 (NVIDIA's packages, e.g. apt install"
            + " cuda-toolkit-13-0 cudnn9-cuda-13, or pip install nvidia-cuda-runtime nvidia-cublas nvidia-cuda-nvrtc"
            + " nvidia-cudnn-cu13) and put their lib folders on LD_LIBRARY_PATH or in XSPACE_CUDA_PATH, or build"
            + " with -Pcuda-redist to bundle them";

    public static ExecutorChoice decide(BackendChoice.Preference preference, String presets, List<GpuDevice> gpus,
            List<String> missingLibraries) {
        if (preference == BackendChoice.Preference.CPU) {
            return cpu("the CPU backend was chosen explicitly");
        }
        if (presets == null || !presets.startsWith("13.")) {
            return cpu(presets == null ? "this build has no CUDA presets (org.bytedeco:cuda:" + PRESETS + ")"
                    : "this build carries the CUDA " + presets + " presets of ND4J's CUDA backend (-Pcuda); the GPU"
                            + " executor needs org.bytedeco:cuda:" + PRESETS + " (the default build)");
        }
        if (gpus.isEmpty()) {
            return cpu("no NVIDIA GPU was found");
        }
        ComputeCapability lowest = new ComputeCapability(7, 5);
        Optional<GpuDevice> usable = gpus.stream().filter(g -> g.capability().compareTo(lowest) >= 0)
                .max(Comparator.comparing(GpuDevice::capability).thenComparing(g -> -g.index()));
        if (usable.isEmpty()) {
            GpuDevice first = gpus.get(0);
            return cpu(first.name() + " has compute capability " + first.capability()
                    + "; CUDA 13 runs on 7.5 (Turing) and up");
        }
        if (!missingLibraries.isEmpty()) {
            return cpu("CUDA 13 libraries not found: " + CudaLibraries.describe(missingLibraries) + "; " + INSTALL);
        }
        GpuDevice gpu = usable.get();
        return new ExecutorChoice(Executor.GPU, usable, "GPU " + gpu.index() + " (" + gpu.name()
                + ", compute capability " + gpu.capability() + ") runs the cuDNN/cuBLAS executor (CUDA 13)");
    }

    /** The CPU path after all: the GPU executor could not start here, for the reason given. */
    public ExecutorChoice failed(String why) {
        return cpu("the GPU executor could not start: " + why);
    }

    private static ExecutorChoice cpu(String reason) {
        return new ExecutorChoice(Executor.CPU, Optional.empty(), reason);
    }
}
