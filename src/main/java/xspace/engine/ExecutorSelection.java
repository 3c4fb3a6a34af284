package xspace.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Properties;

/**
 * Decides once per process where inference and heatmaps run ({@link ExecutorChoice}), from the
 * same setting that chooses ND4J's backend ({@code XSPACE_BACKEND}, {@code -Dxspace.backend}), the
 * CUDA presets on the class path, the GPUs nvidia-smi lists and the CUDA 13 libraries on disk.
 * Nothing of CUDA is loaded to decide.
 */
public final class ExecutorSelection {

    private static ExecutorChoice chosen;

    private ExecutorSelection() {
    }

    public static synchronized ExecutorChoice chosen() {
        if (chosen == null) {
            BackendChoice.Preference preference = BackendChoice.Preference.parse(
                    System.getProperty(BackendSelection.PROPERTY, System.getenv(BackendSelection.ENVIRONMENT)));
            String presets = presetsVersion(ExecutorSelection.class.getClassLoader());
            boolean probe = preference != BackendChoice.Preference.CPU && presets != null;
            List<GpuDevice> gpus = probe ? GpuProbe.devices() : List.of();
            List<String> missing = probe && !gpus.isEmpty() ? missingLibraries() : List.of();
            chosen = ExecutorChoice.decide(preference, presets, gpus, missing);
        }
        return chosen;
    }

    /** Records that the chosen GPU executor failed to start, so the CPU runs from now on. */
    public static synchronized ExecutorChoice fail(String why) {
        chosen = chosen().failed(why);
        return chosen;
    }

    /** The version of JavaCPP's CUDA presets on a class path, read from their Maven metadata without loading them. */
    static String presetsVersion(ClassLoader classPath) {
        try (InputStream in = classPath.getResourceAsStream("META-INF/maven/org.bytedeco/cuda/pom.properties")) {
            if (in == null) {
                return null;
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            return null;
        }
    }

    /** CUDA 13 libraries neither on disk nor bundled in the jars of the cuda-redist profile. */
    private static List<String> missingLibraries() {
        ClassLoader loader = ExecutorSelection.class.getClassLoader();
        return CudaLibraries.find().missing().stream()
                .filter(l -> loader.getResource("org/bytedeco/cuda/linux-x86_64/" + l) == null).toList();
    }
}
