package xspace.explain;

import java.util.Set;
import org.nd4j.linalg.api.buffer.DataType;

/**
 * The module's predictor with the x-features people distrust taken out: their weights v_i are set
 * to 0 and the bias is refitted on the training sample by weighted least squares, which for a
 * bias alone is the weighted mean residual b = Σ w (ŷ − Σ_trusted v_i E_i) / Σ w. The encoder and
 * the trusted weights stay as trained, so the remaining x-features keep the meaning people gave
 * them. With nothing distrusted the predictor is the trained one, bias included, so that the
 * comparison with the trained module starts equal. Returns ȳ arrays only; faithfulness is measured by {@code xspace.metrics}, which depends on
 * this package and not the other way round.
 */
public final class PredictorWithout {

    private final ExplanationModule module;
    private final double[] weights;
    private final boolean changed;

    /** @param distrusted indices of the x-features to leave out (0-based) */
    public PredictorWithout(ExplanationModule module, Set<Integer> distrusted) {
        this.module = module;
        this.weights = module.parameters().get("v").castTo(DataType.DOUBLE).toDoubleVector();
        for (int feature : distrusted) {
            if (feature < 0 || feature >= weights.length) {
                throw new IllegalArgumentException("x-feature " + feature + " does not exist; the module has "
                        + weights.length);
            }
            weights[feature] = 0;
        }
        this.changed = !distrusted.isEmpty();
    }

    /** The refitted predictor and its ȳ on the test sample. */
    public record Refit(double[] weights, double bias, double[] yBarTrain, double[] yBarTest) {
    }

    public Refit refit(ClassSample train, ClassSample test) {
        double[] trainPart = trustedSum(train);
        double[] target = train.target().castTo(DataType.DOUBLE).toDoubleVector();
        double[] w = train.weights().castTo(DataType.DOUBLE).toDoubleVector();
        double residual = 0;
        double total = 0;
        for (int m = 0; m < trainPart.length; m++) {
            residual += w[m] * (target[m] - trainPart[m]);
            total += w[m];
        }
        double bias = !changed || total == 0 ? module.parameters().get("b").getDouble(0) : residual / total;
        return new Refit(weights.clone(), bias, plus(trainPart, bias), plus(trustedSum(test), bias));
    }

    /** Σ_trusted v_i E_i per example. */
    private double[] trustedSum(ClassSample sample) {
        if (sample.size() == 0) {
            return new double[0];
        }
        double[][] e = module.xFeatures(sample.z()).castTo(DataType.DOUBLE).toDoubleMatrix();
        double[] sums = new double[e.length];
        for (int m = 0; m < e.length; m++) {
            for (int i = 0; i < weights.length; i++) {
                sums[m] += weights[i] * e[m][i];
            }
        }
        return sums;
    }

    private static double[] plus(double[] values, double bias) {
        double[] out = new double[values.length];
        for (int m = 0; m < values.length; m++) {
            out[m] = values[m] + bias;
        }
        return out;
    }
}
