package xspace.gpu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MathModeTest {

    @Test
    void exactUnlessTf32IsAskedFor() {
        assertThat(MathMode.parse(null)).isEqualTo(MathMode.EXACT);
        assertThat(MathMode.parse(" ")).isEqualTo(MathMode.EXACT);
        assertThat(MathMode.parse("TF32")).isEqualTo(MathMode.TF32);
        assertThat(MathMode.parse(" exact ")).isEqualTo(MathMode.EXACT);
    }

    @Test
    void anUnknownModeIsNamed() {
        assertThatThrownBy(() -> MathMode.parse("fp16")).hasMessage("expected tf32 or exact as the GPU math, found 'fp16'");
    }

    @Test
    void theModeSaysWhatRunsOnTheCard() {
        assertThat(MathMode.TF32.describe(9)).contains("TF32 tensor cores");
        assertThat(MathMode.TF32.describe(7)).contains("no TF32 below compute capability 8.0");
        assertThat(MathMode.EXACT.describe(9)).contains("exact FP32");
        assertThat(MathMode.TF32.label(8)).isEqualTo("TF32");
        assertThat(MathMode.TF32.label(7)).isEqualTo("FP32");
        assertThat(MathMode.EXACT.label(9)).isEqualTo("exact FP32");
    }
}
