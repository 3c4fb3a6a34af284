package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Leaving distrusted x-features out of the predictor, checked against numbers worked out by hand. */
class PredictorWithoutTest {

    /** An encoder of identity layers, so that E = Z for Z ≥ 0; v = (2, −1), b = 0.5. */
    private static ExplanationModule identityModule() {
        Map<String, INDArray> p = new LinkedHashMap<>();
        for (String layer : new String[] {"1", "2", "3"}) {
            p.put("W" + layer, Nd4j.eye(2).castTo(DataType.DOUBLE));
            p.put("b" + layer, Nd4j.zeros(DataType.DOUBLE, 1, 2));
        }
        p.put("v", Nd4j.create(new double[] {2, -1}, new long[] {2, 1}, 'c'));
        p.put("b", Nd4j.create(new double[] {0.5}, new long[] {1, 1}, 'c'));
        ModuleShape shape = new ModuleShape(2, 2, 2, 2);
        ModuleInfo info = new ModuleInfo("m", ExplanationMethod.NN, 0, "c", shape, Hyperparameters.defaults(), false,
                List.of(), List.of(), new int[0], new int[0], "fc6", "f", Map.of(), "now");
        return new ExplanationModule(info, ModuleParameters.of(p));
    }

    private static ClassSample sample(double[][] z, double[] target, double[] weights) {
        int m = z.length;
        double[][] logits = new double[m][];
        for (int i = 0; i < m; i++) {
            logits[i] = new double[] {target[i], 0};
        }
        return new ClassSample(0, Nd4j.create(z), Nd4j.create(target, new long[] {m, 1}, 'c'), Nd4j.create(logits),
                Nd4j.create(weights, new long[] {m, 1}, 'c'), new int[m], new boolean[m]);
    }

    @Test
    void distrustingAFeatureZeroesItsWeightAndRefitsTheBiasOnTheTrainingSample() {
        ClassSample train = sample(new double[][] {{1, 2}, {3, 1}, {0, 4}}, new double[] {3, 4, -2},
                new double[] {0.5, 0.25, 0.25});
        ClassSample test = sample(new double[][] {{2, 1}, {1, 1}}, new double[] {0, 0}, new double[] {0.5, 0.5});

        PredictorWithout.Refit refit = new PredictorWithout(identityModule(), Set.of(1)).refit(train, test);

        // Trusted part on training: 2·E_0 = 2, 6, 0; residuals 1, −2, −2; weighted mean 0.5 − 0.5 − 0.5 = −0.5.
        assertThat(refit.weights()).containsExactly(2, 0);
        assertThat(refit.bias()).isCloseTo(-0.5, within(1e-9));
        assertThat(refit.yBarTrain()).containsExactly(new double[] {1.5, 5.5, -0.5}, within(1e-9));
        assertThat(refit.yBarTest()).containsExactly(new double[] {3.5, 1.5}, within(1e-9));
    }

    @Test
    void withNothingDistrustedThePredictorIsTheTrainedOne() {
        ClassSample train = sample(new double[][] {{1, 2}, {3, 1}}, new double[] {1, 6}, new double[] {0.75, 0.25});
        ClassSample test = sample(new double[][] {{0, 1}}, new double[] {0}, new double[] {1});

        PredictorWithout.Refit refit = new PredictorWithout(identityModule(), Set.of()).refit(train, test);

        // The residuals (1, 1) would move b to 1, but nothing was taken out: b stays 0.5, ȳ_test = −1 + 0.5.
        assertThat(refit.weights()).containsExactly(2, -1);
        assertThat(refit.bias()).isCloseTo(0.5, within(1e-9));
        assertThat(refit.yBarTest()).containsExactly(new double[] {-0.5}, within(1e-9));
    }

    @Test
    void refusesAFeatureTheModuleDoesNotHave() {
        assertThatThrownBy(() -> new PredictorWithout(identityModule(), Set.of(2)))
                .hasMessageContaining("x-feature 2 does not exist");
    }
}
