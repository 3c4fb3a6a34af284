package xspace.attribution;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A fully-connected layer under Excitation Backprop: N = a W⁺ without bias, and
 * P_in = a ⊙ ((P_out ⊘ N) W⁺ᵀ), with P_out ⊘ N taken as 0 where N = 0.
 */
final class PositiveDense implements ExcitationRule {

    private final INDArray positive;

    /** @param weights the layer's weights [inputs × outputs]; only their positive part is kept */
    PositiveDense(INDArray weights) {
        this.positive = Transforms.relu(weights, true);
    }

    @Override
    public Prepared prepare(INDArray input, INDArray output) {
        INDArray a = input.reshape(1, input.length());
        INDArray inverse = Normalisers.inverse(a.mmul(positive));
        return pOut -> pOut.mulRowVector(inverse).mmul(positive.transpose()).muliRowVector(a);
    }
}
