package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FlopCountTest {

    @Test
    void countsEveryConvolutionAndDenseLayerByHand() {
        // 16×16×3 → conv 4 → pool → 8×8×4 → conv 8 → pool → 4×4×8 = 128 → fc6 16 → fc7 8 → 2 classes
        CnnSpec spec = new CnnSpec(16, List.of(4, 8), List.of(1, 1), List.of(16, 8), 2, 0);
        CnnInfo info = new CnnInfo(List.of("a", "b"), 16, InputLayout.NCHW, Normalisation.UNIT, "fc6", "t", null);
        ExplainedCnn cnn = new ExplainedCnn(CnnBuilder.build(spec, 1), info);
        long expected = 2L * 16 * 16 * 4 * 9 * 3 + 2L * 8 * 8 * 8 * 9 * 4 + 2L * 128 * 16 + 2L * 16 * 8 + 2L * 8 * 2;
        assertThat(FlopCount.forward(cnn)).isEqualTo(expected);
    }

    @Test
    void vgg19HasTheLayoutOfVgg19() {
        CnnSpec spec = CnnSpec.vgg19(224, 200);
        assertThat(spec.convsPerBlock()).containsExactly(2, 2, 4, 4, 4);
        assertThat(spec.blockWidths()).containsExactly(64, 128, 256, 512, 512);
        assertThat(spec.fcWidths()).containsExactly(4096, 4096);
    }
}
