package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import xspace.engine.BackendChoice.Backend;
import xspace.engine.BackendChoice.Preference;

class BackendChoiceTest {

    @ParameterizedTest(name = "capability {0} runs ND4J CUDA kernels: {1}")
    @CsvSource({
        "3.5, false", "3.7, true", "5.0, true", "5.2, true", "5.3, true", "6.0, true", "6.1, true", "6.2, true",
        "7.0, true", "7.2, true", "7.5, true", "8.0, true", "8.6, true", "8.7, true", "8.9, true",
        "9.0, false", "10.0, false", "12.0, false", "2.1, false"})
    void capabilityRule(String capability, boolean runs) {
        assertThat(ComputeCapability.parse(capability).runsNd4jCudaKernels()).isEqualTo(runs);
    }

    @Test
    void hopperFallsBackToTheCpuAndSaysWhy() {
        List<GpuDevice> gpus = GpuProbe.parse("0, NVIDIA H100 80GB HBM3, 9.0\n");
        BackendChoice choice = BackendChoice.decide(Preference.AUTO, true, gpus);
        assertThat(choice.backend()).isEqualTo(Backend.CPU);
        assertThat(choice.reason()).contains("H100").contains("9.0").contains("3.7 to 8.9");
    }

    @Test
    void anAmpereGpuRunsCuda() {
        List<GpuDevice> gpus = GpuProbe.parse("0, NVIDIA H100, 9.0\n1, NVIDIA A100-SXM4-40GB, 8.0\n");
        BackendChoice choice = BackendChoice.decide(Preference.AUTO, true, gpus);
        assertThat(choice.backend()).isEqualTo(Backend.CUDA);
        assertThat(choice.device()).get().extracting(GpuDevice::index).isEqualTo(1);
    }

    @Test
    void withoutTheCudaBuildOrAGpuTheCpuRuns() {
        assertThat(BackendChoice.decide(Preference.AUTO, false, GpuProbe.parse("0, RTX 3090, 8.6")).backend())
                .isEqualTo(Backend.CPU);
        assertThat(BackendChoice.decide(Preference.AUTO, true, List.of()).reason()).contains("no NVIDIA GPU");
    }

    @Test
    void explicitChoices() {
        assertThat(BackendChoice.decide(Preference.CPU, true, GpuProbe.parse("0, RTX 3090, 8.6")).backend())
                .isEqualTo(Backend.CPU);
        assertThatThrownBy(() -> BackendChoice.decide(Preference.CUDA, true, GpuProbe.parse("0, NVIDIA H200, 9.0")))
                .hasMessageContaining("CUDA was requested").hasMessageContaining("9.0");
        assertThat(Preference.parse(" Cuda ")).isEqualTo(Preference.CUDA);
        assertThatThrownBy(() -> Preference.parse("tpu")).hasMessageContaining("auto, cpu or cuda");
    }

    @Test
    void unreadableNvidiaSmiLinesAreSkipped() {
        assertThat(GpuProbe.parse("0, Old GPU, [N/A]\nNo devices were found\n")).isEmpty();
    }
}
