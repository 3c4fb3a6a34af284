package xspace.attribution;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The ε rule of Excitation Backprop in one place: P_out ⊘ N is 0 where N = 0 (a unit that no
 * positive evidence reaches passes nothing down), so the division becomes a product with 1/N
 * set to 0 there. With inputs a ≥ 0 and W⁺ ≥ 0, N is never negative.
 */
final class Normalisers {

    private Normalisers() {
    }

    /** 1/N where N > 0, else 0; a new array. */
    static INDArray inverse(INDArray normalisers) {
        INDArray reached = normalisers.gt(0.0).castTo(normalisers.dataType());
        INDArray safe = normalisers.add(reached.rsub(1.0));
        return reached.divi(safe);
    }
}
