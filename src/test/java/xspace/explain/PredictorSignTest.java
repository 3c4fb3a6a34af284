package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import xspace.engine.TaskMonitor;

/** v ≥ 0: the projection, the start, and a trained module that still fits a score with a negative dependency. */
class PredictorSignTest {

    @Test
    void startKeepsEveryMagnitudeAndAStepNeverCrossesZero() {
        INDArray v = Nd4j.create(new float[] {0.5f, -0.25f, 1f}, new long[] {3, 1}, 'c');
        PredictorSign.NON_NEGATIVE.start(v);
        assertThat(v.toDoubleVector()).containsExactly(0.5, 0.25, 1);
        // a plain gradient step of 10 on every weight would make all three negative
        INDArray gradient = Nd4j.ones(v.dataType(), 3, 1);
        PredictorSign.NON_NEGATIVE.step(v, gradient, () -> v.subi(gradient.mul(10)));
        // u = log v moved by −10 · v (the chain rule's ∂L/∂u): v · exp(−10 v)
        assertThat(v.toDoubleVector()).usingComparatorWithPrecision(1e-6)
                .containsExactly(0.5 * Math.exp(-5), 0.25 * Math.exp(-2.5), Math.exp(-10));
        INDArray free = Nd4j.create(new float[] {-1f}, new long[] {1, 1}, 'c');
        PredictorSign.ANY.start(free);
        PredictorSign.ANY.step(free, Nd4j.ones(free.dataType(), 1, 1), () -> free.subi(1));
        assertThat(free.getDouble(0)).isEqualTo(-2);
    }

    @Test
    void optionNamesRoundTripAndOthersAreRefused() {
        for (PredictorSign sign : PredictorSign.values()) {
            assertThat(PredictorSign.parse(sign.optionName())).isEqualTo(sign);
        }
        assertThatThrownBy(() -> PredictorSign.parse("positive")).hasMessageContaining("any or non-negative");
    }

    @Test
    void aNonNegativePredictorStillFitsAScoreThatFallsWithOneDimension() {
        // ŷ = 3 z0 − 2 z1 + 1.5 z2: the falling dependency on z1 has to come from an x-feature that is
        // high where z1 is low, since its weight may not be negative
        ClassSample sample = SparseReconstructionTest.synthetic(400, 4);
        double constrained = freg(PredictorSign.NON_NEGATIVE, sample);
        double free = freg(PredictorSign.ANY, sample);
        INDArray target = sample.target();
        double constantGuess = Transforms.abs(target.sub(target.meanNumber()), false).meanNumber().doubleValue();
        // Measured: 0.148 of the constant guess's error (v free: 0.023); harder to fit, not unfit
        assertThat(constrained).as("Freg, v free: %.3f, constant guess: %.3f", free, constantGuess)
                .isLessThan(0.2 * constantGuess);
    }

    private static double freg(PredictorSign sign, ClassSample sample) {
        Hyperparameters h = Hyperparameters.builder().predictor(sign).dropout(0).epochs(40).batchSize(50)
                .learningRate(1e-2).stepEvery(30).build();
        ModuleParameters p = new ModuleTrainer(ExplanationMethod.NN, 3, 1, new ModuleShape.Widths(16, 8))
                .train(sample, h, 2, TaskMonitor.NONE).parameters();
        if (sign == PredictorSign.NON_NEGATIVE) {
            assertThat(p.get("v").minNumber().doubleValue()).as("smallest v").isGreaterThanOrEqualTo(0);
        }
        INDArray error = ModuleForward.predict(p, sample.z()).sub(sample.target());
        return Transforms.abs(error, false).meanNumber().doubleValue();
    }
}
