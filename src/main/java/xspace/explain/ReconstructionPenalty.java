package xspace.explain;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * How a method penalises the per-dimension reconstruction errors Q_k of Z (eqs. 2, 3): the term
 * β·(1/S_z)·Σ_k ρ(Q_k) of the objective and its slope with respect to each Q_k.
 */
public enum ReconstructionPenalty {
    /** No decoder, no reconstruction term (the NN baseline). */
    NONE {
        @Override
        double value(INDArray perDimension, Hyperparameters h) {
            return 0;
        }

        @Override
        INDArray slope(INDArray perDimension, Hyperparameters h) {
            return Nd4j.zeros(perDimension.dataType(), perDimension.shape());
        }
    },
    /** ρ(Q) = Q: the full squared reconstruction of a conventional stacked autoencoder (SAE). */
    SQUARED {
        @Override
        double value(INDArray perDimension, Hyperparameters h) {
            return h.beta() / perDimension.length() * perDimension.sumNumber().doubleValue();
        }

        @Override
        INDArray slope(INDArray perDimension, Hyperparameters h) {
            return Nd4j.zeros(perDimension.dataType(), perDimension.shape()).addi(h.beta() / perDimension.length());
        }
    },
    /** ρ(Q) = log(1 + q·Q): eq. (4), which leaves dimensions it cannot reconstruct cheaply alone (SRAE). */
    LOG {
        @Override
        double value(INDArray perDimension, Hyperparameters h) {
            double sz = perDimension.length();
            return h.beta() / sz * Transforms.log(perDimension.mul(h.q()).addi(1), false).sumNumber().doubleValue();
        }

        @Override
        INDArray slope(INDArray perDimension, Hyperparameters h) {
            return perDimension.mul(h.q()).addi(1).rdivi(h.q() * h.beta() / perDimension.length());
        }
    };

    /** β·(1/S_z)·Σ_k ρ(Q_k), from the row vector of the S_z errors Q_k. */
    abstract double value(INDArray perDimension, Hyperparameters h);

    /** The derivative of {@link #value} with respect to each Q_k. */
    abstract INDArray slope(INDArray perDimension, Hyperparameters h);
}
