package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackendSelectionTest {

    @TempDir
    Path dir;

    /** A class path of two "jars" (folders), each with the service entry and class file of one backend. */
    private ClassLoader bothBackends() throws Exception {
        return new URLClassLoader(new URL[] {jar("cpu", BackendSelection.CPU_BACKEND),
                jar("cuda", BackendSelection.CUDA_BACKEND)}, null);
    }

    private URL jar(String name, String backendClass) throws Exception {
        Path root = dir.resolve(name);
        Path service = root.resolve(BackendSelection.SERVICE);
        Files.createDirectories(service.getParent());
        Files.writeString(service, "# the " + name + " backend\n" + backendClass + "\n");
        Path classFile = root.resolve(backendClass.replace('.', '/') + ".class");
        Files.createDirectories(classFile.getParent());
        Files.write(classFile, new byte[] {(byte) 0xCA, (byte) 0xFE});
        return root.toUri().toURL();
    }

    private static List<GpuDevice> gpu(String name, String capability) {
        return List.of(new GpuDevice(0, name, ComputeCapability.parse(capability)));
    }

    @Test
    void onAHopperGpuTheCudaBackendIsHiddenFromNd4jAndTheCpuRuns() throws Exception {
        ClassLoader classPath = bothBackends();
        BackendChoice choice = BackendSelection.decide(BackendChoice.Preference.AUTO, classPath,
                () -> gpu("NVIDIA H100 80GB HBM3", "9.0"));
        assertThat(choice.backend()).isEqualTo(BackendChoice.Backend.CPU);
        assertThat(choice.reason()).contains("9.0").contains("3.7 to 8.9");

        ClassLoader seen = BackendSelection.hiding(classPath, BackendSelection.CUDA_BACKEND);
        List<URL> services = Collections.list(seen.getResources(BackendSelection.SERVICE));
        assertThat(services).hasSize(1);
        assertThat(services.get(0).toString()).contains("/cpu/");
        assertThat(Collections.list(classPath.getResources(BackendSelection.SERVICE))).hasSize(2);
    }

    @Test
    void onAnAmpereGpuTheCpuBackendIsHidden() throws Exception {
        ClassLoader classPath = bothBackends();
        BackendChoice choice = BackendSelection.decide(BackendChoice.Preference.AUTO, classPath,
                () -> gpu("NVIDIA A100-SXM4-40GB", "8.0"));
        assertThat(choice.backend()).isEqualTo(BackendChoice.Backend.CUDA);
        List<URL> services = Collections.list(BackendSelection.hiding(classPath, BackendSelection.CPU_BACKEND)
                .getResources(BackendSelection.SERVICE));
        assertThat(services).singleElement().asString().contains("/cuda/");
    }

    @Test
    void aCpuBuildNeverProbesTheGpu() throws Exception {
        ClassLoader cpuOnly = new URLClassLoader(new URL[] {jar("cpu", BackendSelection.CPU_BACKEND)}, null);
        AtomicInteger probes = new AtomicInteger();
        BackendChoice choice = BackendSelection.decide(BackendChoice.Preference.AUTO, cpuOnly, () -> {
            probes.incrementAndGet();
            return List.of();
        });
        assertThat(choice.backend()).isEqualTo(BackendChoice.Backend.CPU);
        assertThat(choice.reason()).isEqualTo("this build has only the CPU backend");
        assertThat(probes).hasValue(0);
    }

    @Test
    void forcingCudaWhereItCannotRunIsRefusedWithTheReason() throws Exception {
        ClassLoader classPath = bothBackends();
        assertThatThrownBy(() -> BackendSelection.decide(BackendChoice.Preference.CUDA, classPath,
                () -> gpu("NVIDIA H200", "9.0"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("CUDA was requested").hasMessageContaining("9.0");
        assertThat(BackendSelection.decide(BackendChoice.Preference.CPU, classPath,
                () -> gpu("NVIDIA A100", "8.0")).backend()).isEqualTo(BackendChoice.Backend.CPU);
    }

    @Test
    void otherResourcesPassThroughUnchanged() throws Exception {
        ClassLoader classPath = bothBackends();
        ClassLoader seen = BackendSelection.hiding(classPath, BackendSelection.CUDA_BACKEND);
        String cudaClass = BackendSelection.CUDA_BACKEND.replace('.', '/') + ".class";
        assertThat(seen.getResource(cudaClass)).isEqualTo(classPath.getResource(cudaClass));
        assertThat(BackendSelection.isInstalled(classPath, BackendSelection.CUDA_BACKEND)).isTrue();
        assertThat(BackendSelection.isInstalled(getClass().getClassLoader(), BackendSelection.CUDA_BACKEND)).isFalse();
    }
}
