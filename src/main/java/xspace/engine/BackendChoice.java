package xspace.engine;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which ND4J backend to run, decided before ND4J starts: CUDA only where it is installed and a
 * GPU can run its kernels, the CPU otherwise, always with the reason in words. An explicit
 * preference forces either; forcing CUDA on a GPU that cannot run it is refused with the reason.
 */
public record BackendChoice(Backend backend, Optional<GpuDevice> device, String reason) {

    public enum Backend {
        CPU, CUDA
    }

    public enum Preference {
        AUTO, CPU, CUDA;

        /** Reads {@code auto}, {@code cpu} or {@code cuda} (case-insensitive); AUTO when unset. */
        public static Preference parse(String value) {
            if (value == null || value.isBlank()) {
                return AUTO;
            }
            try {
                return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("expected auto, cpu or cuda as the backend, found '" + value + "'");
            }
        }
    }

    public static BackendChoice decide(Preference preference, boolean cudaInstalled, List<GpuDevice> gpus) {
        if (preference == Preference.CPU) {
            return cpu("the CPU backend was chosen explicitly");
        }
        if (!cudaInstalled) {
            return preference == Preference.CUDA
                    ? refuse("CUDA was requested but this build has no CUDA backend (build with -Pcuda)")
                    : cpu("this build has only the CPU backend");
        }
        if (gpus.isEmpty()) {
            return preference == Preference.CUDA
                    ? refuse("CUDA was requested but no NVIDIA GPU was found (nvidia-smi lists none)")
                    : cpu("no NVIDIA GPU was found");
        }
        Optional<GpuDevice> usable = gpus.stream().filter(g -> g.capability().runsNd4jCudaKernels())
                .max(Comparator.comparing(GpuDevice::capability));
        if (usable.isPresent()) {
            GpuDevice gpu = usable.get();
            return new BackendChoice(Backend.CUDA, usable, "GPU " + gpu.index() + " (" + gpu.name()
                    + ", compute capability " + gpu.capability() + ") runs ND4J's CUDA kernels");
        }
        GpuDevice first = gpus.get(0);
        String why = first.name() + " has compute capability " + first.capability()
                + "; ND4J 1.0.0-M2.1's CUDA kernels run on 3.7 to 8.9 only";
        return preference == Preference.CUDA ? refuse("CUDA was requested but " + why) : cpu(why + ", so the CPU runs");
    }

    private static BackendChoice cpu(String reason) {
        return new BackendChoice(Backend.CPU, Optional.empty(), reason);
    }

    private static BackendChoice refuse(String reason) {
        throw new IllegalStateException(reason);
    }
}
