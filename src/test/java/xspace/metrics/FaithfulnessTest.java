package xspace.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

class FaithfulnessTest {

    @Test
    void handComputedExample() {
        // Three examples, three classes, explaining class 1.
        double[][] logits = {
            {1.0, 5.0, 2.0},   // ŷ_1 = 5 is the arg-max; ȳ = 4.5 keeps it (|Δ| = 0.5)
            {3.0, 2.0, 1.0},   // arg-max 0; ȳ = 3.5 takes it over (|Δ| = 1.5)
            {0.0, -1.0, 4.0},  // arg-max 2; ȳ = -1 exactly (|Δ| = 0)
        };
        Faithfulness f = Faithfulness.of(Nd4j.create(logits), 1, new double[] {4.5, 3.5, -1.0});
        assertThat(f.freg()).isCloseTo((0.5 + 1.5 + 0) / 3, within(1e-12));
        assertThat(f.fcls()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(f.examples()).isEqualTo(3);
    }

    @Test
    void aPerfectApproximationIsFullyFaithful() {
        double[][] logits = {{1, 2}, {3, -1}};
        Faithfulness f = Faithfulness.of(Nd4j.create(logits), 0, new double[] {1, 3});
        assertThat(f.freg()).isZero();
        assertThat(f.fcls()).isEqualTo(1.0);
    }

    @Test
    void theConstantGuessFregIsTheMeanAbsoluteDeviation() {
        // mean 2.5; deviations 1.5, 0.5, 1.5, 0.5: their mean is 1.0
        org.assertj.core.api.Assertions.assertThat(Faithfulness.constantGuessFreg(new double[] {1, 3, 4, 2}))
                .isEqualTo(1.0);
        org.assertj.core.api.Assertions.assertThat(Faithfulness.constantGuessFreg(new double[0])).isNaN();
    }
}
