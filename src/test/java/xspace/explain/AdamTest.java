package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AdamTest {

    /** Kingma and Ba, Algorithm 1, written out for one scalar. */
    private static double[] byHand(double x, double[] gradients, double lr) {
        double m = 0;
        double v = 0;
        double[] path = new double[gradients.length];
        for (int t = 1; t <= gradients.length; t++) {
            double g = gradients[t - 1];
            m = 0.9 * m + 0.1 * g;
            v = 0.999 * v + 0.001 * g * g;
            double mHat = m / (1 - Math.pow(0.9, t));
            double vHat = v / (1 - Math.pow(0.999, t));
            x -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
            path[t - 1] = x;
        }
        return path;
    }

    @Test
    void followsTheAlgorithmOfThePaperStepByStep() {
        double[] gradients = {0.5, -0.2, 0.1, 2.0, -1.0};
        double[] expected = byHand(1.0, gradients, 0.01);
        INDArray x = Nd4j.create(new double[] {1.0, 1.0}, new long[] {1, 2}).castTo(DataType.DOUBLE);
        Adam adam = new Adam(0.01);
        for (int t = 0; t < gradients.length; t++) {
            INDArray g = Nd4j.create(new double[] {gradients[t], gradients[t]}, new long[] {1, 2});
            adam.step(Map.of("x", x), Map.of("x", g));
            assertThat(x.getDouble(0)).isCloseTo(expected[t], within(1e-7));
            assertThat(x.getDouble(1)).isCloseTo(expected[t], within(1e-7));
        }
    }

    @Test
    void aChangedLearningRateScalesTheNextStep() {
        INDArray x = Nd4j.zeros(DataType.DOUBLE, 1, 1);
        Adam adam = new Adam(0.1);
        adam.setLearningRate(0.001);
        adam.step(x, Nd4j.ones(DataType.DOUBLE, 1, 1));
        // First step: m̂ = g and v̂ = g², so the step is the learning rate itself.
        assertThat(x.getDouble(0)).isCloseTo(-0.001, within(1e-9));
    }
}
