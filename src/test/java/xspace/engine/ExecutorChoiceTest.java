package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import xspace.engine.BackendChoice.Preference;
import xspace.engine.ExecutorChoice.Executor;

class ExecutorChoiceTest {

    private static final String PRESETS = ExecutorChoice.PRESETS;

    @ParameterizedTest(name = "compute capability {0}: {1}")
    @CsvSource({
        "3.7, CPU", "5.0, CPU", "5.2, CPU", "6.0, CPU", "6.1, CPU", "7.0, CPU", "7.2, CPU",
        "7.5, GPU", "8.0, GPU", "8.6, GPU", "8.7, GPU", "8.9, GPU", "9.0, GPU", "10.0, GPU", "10.3, GPU", "12.0, GPU"})
    void capabilityByCapability(String capability, Executor expected) {
        List<GpuDevice> gpus = GpuProbe.parse("0, Some GPU, " + capability + "\n");
        ExecutorChoice choice = ExecutorChoice.decide(Preference.AUTO, PRESETS, gpus, List.of());
        assertThat(choice.executor()).isEqualTo(expected);
        if (expected == Executor.CPU) {
            assertThat(choice.reason()).contains(capability).contains("7.5");
        } else {
            assertThat(choice.device()).get().extracting(GpuDevice::index).isEqualTo(0);
            assertThat(choice.reason()).contains("cuDNN/cuBLAS executor");
        }
    }

    @Test
    void theMostCapableGpuRuns() {
        List<GpuDevice> gpus = GpuProbe.parse("0, Tesla V100, 7.0\n1, NVIDIA A100, 8.0\n2, NVIDIA H200, 9.0\n");
        assertThat(ExecutorChoice.decide(Preference.AUTO, PRESETS, gpus, List.of()).device()).get()
                .extracting(GpuDevice::name).isEqualTo("NVIDIA H200");
    }

    @Test
    void missingLibrariesAreNamedWithHowToInstallThem() {
        ExecutorChoice choice = ExecutorChoice.decide(Preference.AUTO, PRESETS, GpuProbe.parse("0, NVIDIA H100, 9.0"),
                List.of("libcudnn.so.9", "libnvrtc.so.13"));
        assertThat(choice.executor()).isEqualTo(Executor.CPU);
        assertThat(choice.reason()).contains("libcudnn.so.9 (cuDNN 9)", "libnvrtc.so.13 (NVRTC 13)", "LD_LIBRARY_PATH",
                "XSPACE_CUDA_PATH", "-Pcuda-redist");
    }

    @Test
    void theSettingTheBuildAndTheMachineCanEachKeepItOnTheCpu() {
        List<GpuDevice> h200 = GpuProbe.parse("0, NVIDIA H200, 9.0");
        assertThat(ExecutorChoice.decide(Preference.CPU, PRESETS, h200, List.of()).reason()).contains("explicitly");
        assertThat(ExecutorChoice.decide(Preference.CUDA, PRESETS, h200, List.of()).executor()).isEqualTo(Executor.GPU);
        assertThat(ExecutorChoice.decide(Preference.AUTO, null, h200, List.of()).reason()).contains("no CUDA presets");
        assertThat(ExecutorChoice.decide(Preference.AUTO, "11.6-8.3-1.5.7", h200, List.of()).reason())
                .contains("-Pcuda");
        assertThat(ExecutorChoice.decide(Preference.AUTO, PRESETS, List.of(), List.of()).reason())
                .contains("no NVIDIA GPU");
        ExecutorChoice failed = ExecutorChoice.decide(Preference.AUTO, PRESETS, h200, List.of()).failed("driver 535");
        assertThat(failed.executor()).isEqualTo(Executor.CPU);
        assertThat(failed.reason()).contains("driver 535");
    }

    @Test
    void librariesAreFoundInTheFirstFolderHoldingThem(@TempDir Path dir) throws Exception {
        Path toolkit = Files.createDirectories(dir.resolve("cuda-13.0/lib64"));
        Path wheels = Files.createDirectories(dir.resolve("nvidia/cudnn/lib"));
        for (String lib : List.of("libcudart.so.13", "libcublas.so.13", "libcublasLt.so.13", "libnvrtc.so.13")) {
            Files.createFile(toolkit.resolve(lib));
        }
        CudaLibraries.Found partial = CudaLibraries.in(List.of(toolkit));
        assertThat(partial.missing()).containsExactly("libcudnn.so.9");
        Files.createFile(wheels.resolve("libcudnn.so.9"));
        CudaLibraries.Found all = CudaLibraries.in(List.of(dir.resolve("absent"), toolkit, wheels));
        assertThat(all.missing()).isEmpty();
        assertThat(all.folders()).containsExactly(toolkit, wheels);
    }

    @Test
    void thePresetsVersionIsReadWithoutLoadingThem() {
        assertThat(ExecutorSelection.presetsVersion(getClass().getClassLoader())).isEqualTo(PRESETS);
    }
}
