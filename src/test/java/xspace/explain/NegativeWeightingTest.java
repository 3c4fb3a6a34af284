package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

class NegativeWeightingTest {

    /** Two positives of class 0, two negatives of class 1 (ŷ_0 = 2 and 4), four of class 2 (ŷ_0 = -1). */
    private static ClassSample sample(int[] labels) {
        double[] target = {5, 6, 2, 4, -1, -1, -1, -1};
        boolean[] positive = {true, true, false, false, false, false, false, false};
        int m = target.length;
        return new ClassSample(0, Nd4j.zeros(DataType.FLOAT, m, 3), Nd4j.create(target, new long[] {m, 1}, 'c'),
                Nd4j.zeros(DataType.FLOAT, m, 3), Nd4j.valueArrayOf(new long[] {m, 1}, 1.0 / m, DataType.FLOAT),
                new int[m], positive, labels);
    }

    private static final int[] LABELS = {0, 0, 1, 1, 2, 2, 2, 2};

    @Test
    void theLookAlikeIsTheNegativeClassScoredHighestForTheClass() {
        assertThat(NegativeWeighting.lookAlike(sample(LABELS))).isEqualTo(1);
        assertThat(NegativeWeighting.lookAlike(sample(new int[] {0, 0, 2, 2, 1, 1, 1, 1}))).isEqualTo(2);
    }

    @Test
    void lookAlikeNegativesWeighAsMuchAsAllOtherNegativesTogether() {
        ClassSample s = sample(LABELS);
        Hyperparameters h = Hyperparameters.builder().negatives(NegativeWeighting.LOOK_ALIKE).build();
        double[] w = h.exampleWeights(s).castTo(DataType.DOUBLE).toDoubleVector();
        // plain weights 1/8 each; the two look-alike rows scaled by 4 others / 2 alike = 2; total 10/8
        double[] expected = {0.1, 0.1, 0.2, 0.2, 0.1, 0.1, 0.1, 0.1};
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).as("row %d", i).isCloseTo(expected[i], within(1e-6));
        }
        assertThat(w[2] + w[3]).isCloseTo(w[4] + w[5] + w[6] + w[7], within(1e-6));
    }

    @Test
    void aLookAlikeWeightScalesTheLookAlikeAgainstAllOtherNegatives() {
        ClassSample s = sample(LABELS);
        Hyperparameters h = Hyperparameters.builder().negatives(NegativeWeighting.LOOK_ALIKE).lookAlikeWeight(3).build();
        double[] w = h.exampleWeights(s).castTo(DataType.DOUBLE).toDoubleVector();
        // the two look-alike rows scaled by 3 × 4 others / 2 alike = 6: weights 1, 1, 6, 6, 1, 1, 1, 1 over 18
        double[] expected = {1 / 18.0, 1 / 18.0, 6 / 18.0, 6 / 18.0, 1 / 18.0, 1 / 18.0, 1 / 18.0, 1 / 18.0};
        for (int i = 0; i < w.length; i++) {
            assertThat(w[i]).as("row %d", i).isCloseTo(expected[i], within(1e-6));
        }
        assertThat(w[2] + w[3]).isCloseTo(3 * (w[4] + w[5] + w[6] + w[7]), within(1e-6));
    }

    @Test
    void aLookAlikeWeightIsPositiveAndOlderModulesReadAsOne() {
        assertThat(Hyperparameters.defaults().lookAlikeWeight()).isEqualTo(1);
        assertThat(Hyperparameters.defaults().toBuilder().lookAlikeWeight(0).build().lookAlikeWeight()).isEqualTo(1);
        assertThatThrownBy(() -> Hyperparameters.builder().lookAlikeWeight(-2).build())
                .hasMessageContaining("positive number");
        assertThatThrownBy(() -> Hyperparameters.builder().lookAlikeWeight(Double.NaN).build())
                .hasMessageContaining("positive number");
    }

    @Test
    void uniformKeepsThePositiveWeightingAsItIs() {
        ClassSample s = sample(LABELS);
        double[] w = Hyperparameters.defaults().exampleWeights(s).castTo(DataType.DOUBLE).toDoubleVector();
        for (double x : w) {
            assertThat(x).isCloseTo(1.0 / 8, within(1e-7));
        }
        assertThat(Hyperparameters.defaults().negatives()).isEqualTo(NegativeWeighting.UNIFORM);
    }

    @Test
    void aSampleWithoutClassesIsRefusedAndMisspellingsNameTheChoices() {
        assertThatThrownBy(() -> NegativeWeighting.lookAlike(sample(null))).hasMessageContaining("need the classes");
        assertThat(NegativeWeighting.parse(" Look-Alike ")).isEqualTo(NegativeWeighting.LOOK_ALIKE);
        assertThatThrownBy(() -> NegativeWeighting.parse("nearest")).hasMessageContaining("uniform or look-alike");
    }
}
