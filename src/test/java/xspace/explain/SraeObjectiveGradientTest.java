package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** The analytic gradient of the full objective (eq. 4, with every optional term) against central differences. */
class SraeObjectiveGradientTest {

    private static final double STEP = 1e-6;

    @ParameterizedTest(name = "{0}, pull-away {1}, dropout {2}")
    @CsvSource({"SRAE, 0, false", "SRAE, 0.7, true", "SAE, 0, false", "NN, 0, false", "NN, 0.5, true"})
    void analyticGradientMatchesFiniteDifferences(ExplanationMethod method, double pullAway, boolean dropout) {
        ModuleShape shape = new ModuleShape(6, 5, 4, 3);
        ModuleParameters p = ModuleParameters.initial(shape, method.reconstructs(), 11, DataType.DOUBLE);
        Random random = new Random(5);
        p.asMap().values().forEach(a -> fill(a, random, 0.5));
        int m = 9;
        INDArray z = uniform(random, m, shape.zSize()).muli(2);
        INDArray target = uniform(random, m, 1).subi(0.5).muli(6);
        INDArray weights = uniform(random, m, 1).addi(0.2);
        weights.divi(weights.sumNumber());
        INDArray mask = dropout ? uniform(random, m, shape.hidden1()).gt(0.3).castTo(DataType.DOUBLE).divi(0.7) : null;
        Hyperparameters h = Hyperparameters.defaults().withBeta(2.5).withQ(7).withLambda(0.03).withPullAway(pullAway);
        SraeObjective objective = new SraeObjective(method, h);
        Map<String, INDArray> analytic = objective.evaluate(p, z, target, weights, mask, true).gradients();
        double worst = 0;
        int checked = 0;
        int kinks = 0;
        for (var entry : p.asMap().entrySet()) {
            INDArray param = entry.getValue();
            INDArray grad = analytic.get(entry.getKey());
            assertThat(grad).as(entry.getKey()).isNotNull();
            assertThat(grad.shape()).as(entry.getKey()).isEqualTo(param.shape());
            for (long i = 0; i < param.length(); i++) {
                double original = param.getDouble(i);
                double centre = objective.evaluate(p, z, target, weights, mask, false).total();
                param.putScalar(i, original + STEP);
                double plus = objective.evaluate(p, z, target, weights, mask, false).total();
                param.putScalar(i, original - STEP);
                double minus = objective.evaluate(p, z, target, weights, mask, false).total();
                param.putScalar(i, original);
                double forward = (plus - centre) / STEP;
                double backward = (centre - minus) / STEP;
                if (Math.abs(forward - backward) > 1e-3 * Math.max(1, Math.abs(forward) + Math.abs(backward))) {
                    // A ReLU switches within the step: the loss has a kink here and no derivative to compare.
                    kinks++;
                    continue;
                }
                double numeric = (plus - minus) / (2 * STEP);
                double relative = Math.abs(numeric - grad.getDouble(i)) / Math.max(1e-4, Math.abs(numeric) + Math.abs(grad.getDouble(i)));
                worst = Math.max(worst, relative);
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(60);
        assertThat(kinks).as("entries at a kink").isLessThan(checked / 20);
        assertThat(worst).as("largest relative error").isLessThan(1e-5);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"SRAE", "SAE", "NN"})
    void lossTermsFollowTheirDefinitions(ExplanationMethod method) {
        ModuleShape shape = new ModuleShape(4, 4, 3, 2);
        ModuleParameters p = ModuleParameters.initial(shape, method.reconstructs(), 3, DataType.DOUBLE);
        INDArray z = Nd4j.rand(DataType.DOUBLE, 5, 4);
        INDArray target = Nd4j.randn(DataType.DOUBLE, 5, 1);
        INDArray weights = Nd4j.valueArrayOf(new long[] {5, 1}, 0.2, DataType.DOUBLE);
        Hyperparameters h = Hyperparameters.defaults().withBeta(3).withQ(10).withLambda(0.01);
        SraeObjective.Value value = new SraeObjective(method, h).evaluate(p, z, target, weights, null, false);
        ModuleForward f = new ModuleForward(p, z, null);
        double mse = 0;
        for (int i = 0; i < 5; i++) {
            double e = f.yBar.getDouble(i, 0) - target.getDouble(i, 0);
            mse += e * e / 5;
        }
        assertThat(value.terms().faithfulness()).isCloseTo(mse, org.assertj.core.data.Offset.offset(1e-12));
        double expectedReconstruction = 0;
        if (method.reconstructs()) {
            for (int k = 0; k < 4; k++) {
                double qk = 0;
                for (int i = 0; i < 5; i++) {
                    double d = f.reconstruction.getDouble(i, k) - z.getDouble(i, k);
                    qk += d * d / 5;
                }
                expectedReconstruction += 3.0 / 4 * (method == ExplanationMethod.SRAE ? Math.log(1 + 10 * qk) : qk);
            }
        }
        assertThat(value.terms().reconstruction()).isCloseTo(expectedReconstruction, org.assertj.core.data.Offset.offset(1e-12));
        double weightsSquared = p.asMap().entrySet().stream().filter(e -> ModuleParameters.isWeight(e.getKey()))
                .mapToDouble(e -> e.getValue().mul(e.getValue()).sumNumber().doubleValue()).sum();
        assertThat(value.terms().penalty()).isCloseTo(0.01 * weightsSquared, org.assertj.core.data.Offset.offset(1e-12));
    }

    private static INDArray uniform(Random random, int rows, int columns) {
        INDArray a = Nd4j.zeros(DataType.DOUBLE, rows, columns);
        for (long i = 0; i < a.length(); i++) {
            a.putScalar(i, random.nextDouble());
        }
        return a;
    }

    private static void fill(INDArray array, Random random, double scale) {
        for (long i = 0; i < array.length(); i++) {
            array.putScalar(i, scale * random.nextGaussian());
        }
    }
}
