package xspace.engine;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.nd4j.common.config.ND4JClassLoading;

/**
 * Makes ND4J start on the backend that {@link BackendChoice} picks. ND4J finds its backends with a
 * {@link java.util.ServiceLoader} and takes the one of highest priority that says it is available;
 * the CUDA backend says so on any GPU with a driver, even one its kernels cannot run (compute
 * capability 9.0 and above), and priorities are read only from environment variables. So the
 * backend not chosen is hidden from ND4J's service lookup instead: ND4J is given a class loader
 * that omits that backend's service entry. Must run before the first ND4J class initialises.
 */
public final class BackendSelection {

    /** The setting that forces a backend: {@code -Dxspace.backend=cpu|cuda|auto}. */
    public static final String PROPERTY = "xspace.backend";
    /** The same as an environment variable, read when the property is absent. */
    public static final String ENVIRONMENT = "XSPACE_BACKEND";

    static final String SERVICE = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";
    static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";
    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";

    /**
     * DL4J's switch for its platform helpers (oneDNN on the CPU, cuDNN on CUDA), off unless set to
     * {@code false}; see {@link #allowCpuHelpers}.
     */
    public static final String HELPERS_DISABLED = "org.eclipse.deeplearning4j.helpers.disable";
    /** ND4J's setting for the class that executes its operations ({@code Nd4j.OP_EXECUTIONER}). */
    static final String EXECUTIONER = "opexec";

    private static volatile BackendChoice chosen;

    private BackendSelection() {
    }

    /**
     * Decides from the setting, the build and the GPUs, and points ND4J at the chosen backend.
     *
     * @throws IllegalStateException when CUDA is forced but cannot run, with the reason
     */
    public static BackendChoice select() {
        String setting = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
        ClassLoader base = BackendSelection.class.getClassLoader();
        BackendChoice choice = decide(BackendChoice.Preference.parse(setting), base, GpuProbe::devices);
        if (isInstalled(base, CUDA_BACKEND)) {
            ND4JClassLoading.setNd4jClassloader(hiding(base, choice.backend() == BackendChoice.Backend.CPU
                    ? CUDA_BACKEND : CPU_BACKEND));
        }
        if (choice.backend() == BackendChoice.Backend.CPU) {
            allowCpuHelpers();
            useFencedExecutioner();
        }
        chosen = choice;
        return choice;
    }

    /**
     * Lets DL4J's convolution, pooling and normalisation layers run through ND4J's oneDNN
     * operations, which DL4J 1.0.0-M2.1 keeps off by default (with {@code org.nd4j.nativeblas.Nd4jCpu}
     * in this jar answering the check it makes first). An explicit
     * {@code -Dorg.eclipse.deeplearning4j.helpers.disable=true} is kept. The CUDA backend is left
     * as it was: its cuDNN helpers are not on the class path.
     */
    static void allowCpuHelpers() {
        if (System.getProperty(HELPERS_DISABLED) == null) {
            System.setProperty(HELPERS_DISABLED, "false");
        }
    }

    /**
     * Makes ND4J run its CPU operations through {@link FencedCpuExecutioner}: ND4J reads the
     * executioner's class from its backend's settings, which system properties override. One set
     * explicitly is kept.
     */
    static void useFencedExecutioner() {
        if (System.getProperty(EXECUTIONER) == null) {
            System.setProperty(EXECUTIONER, FencedCpuExecutioner.class.getName());
        }
    }

    /** The decision of {@link #select()}, once it has run. */
    public static Optional<BackendChoice> chosen() {
        return Optional.ofNullable(chosen);
    }

    /** The decision for a class path: GPUs are probed only where the CUDA backend is installed or asked for. */
    static BackendChoice decide(BackendChoice.Preference preference, ClassLoader classPath,
            Supplier<List<GpuDevice>> gpus) {
        boolean cuda = isInstalled(classPath, CUDA_BACKEND);
        boolean probe = cuda || preference == BackendChoice.Preference.CUDA;
        return BackendChoice.decide(preference, cuda, probe ? gpus.get() : List.of());
    }

    /** Whether a backend's class is on the class path, found without loading (and so without starting) it. */
    public static boolean isInstalled(ClassLoader classPath, String backendClass) {
        return classPath.getResource(backendClass.replace('.', '/') + ".class") != null;
    }

    /** A class loader that defers everything to {@code parent} but hides the service entry of one backend. */
    static ClassLoader hiding(ClassLoader parent, String backendClass) {
        return new ClassLoader("xspace-backend-" + backendClass, parent) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                Enumeration<URL> all = super.getResources(name);
                if (!SERVICE.equals(name)) {
                    return all;
                }
                List<URL> kept = new ArrayList<>();
                for (URL url : Collections.list(all)) {
                    if (!names(url, backendClass)) {
                        kept.add(url);
                    }
                }
                return Collections.enumeration(kept);
            }
        };
    }

    private static boolean names(URL serviceFile, String backendClass) throws IOException {
        try (InputStream in = serviceFile.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                String entry = line.replaceFirst("#.*", "").trim();
                if (entry.equals(backendClass)) {
                    return true;
                }
            }
            return false;
        }
    }
}
