package xspace.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What ND4J runs on once it has started: the backend, the device, and its threads. Printed at the
 * start of every command that computes and shown in the app's status area.
 */
public record BackendReport(String backend, String device, int threads, String blas) {

    private static volatile BackendReport current;

    /** Starts ND4J if needed and reports on it; cheap after the first call. */
    public static BackendReport current() {
        BackendReport report = current;
        if (report == null) {
            // Every command and the application ask for this report first: the place to tune ND4J.
            NativeMemory.collectPeriodically();
            Properties env = Nd4j.getExecutioner().getEnvironmentInformation();
            String backend = env.getProperty("backend", Nd4j.getBackend().getClass().getSimpleName());
            String device = "CPU".equalsIgnoreCase(backend) ? cpuName() : env.getProperty("cuda.deviceName", "GPU");
            int threads = Integer.parseInt(String.valueOf(env.getOrDefault("omp.threads",
                    Runtime.getRuntime().availableProcessors())));
            String blas = env.getProperty("blas.vendor", "?");
            if ("CPU".equalsIgnoreCase(backend) && oneDnnKernels()) {
                blas += "false".equalsIgnoreCase(System.getProperty(BackendSelection.HELPERS_DISABLED))
                        ? " with oneDNN" : " with oneDNN (DL4J's layers do not use it: helpers off)";
            }
            report = new BackendReport(backend, device, threads, blas);
            current = report;
        }
        return report;
    }

    @Override
    public String toString() {
        String text = "backend " + backend + ", device " + device + ", " + threads + " threads, BLAS " + blas;
        return BackendSelection.chosen().map(c -> text + " (" + c.reason() + ")").orElse(text);
    }

    /** Whether the CPU kernels loaded are ND4J's oneDNN build (classifier {@code -onednn}). */
    private static boolean oneDnnKernels() {
        return org.bytedeco.javacpp.Loader.getLoadedLibraries().values().stream()
                .anyMatch(path -> path != null && path.contains("nd4jcpu") && path.contains("-onednn"));
    }

    private static String cpuName() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim())
                    .orElse(System.getProperty("os.arch"));
        } catch (IOException | RuntimeException e) {
            return System.getProperty("os.arch");
        }
    }
}
