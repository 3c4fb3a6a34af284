package xspace.attribution;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How one layer passes marginal winning probability down. A rule is built once per network (it
 * holds the layer's positive weights); {@link #prepare} binds it to one image's activations and
 * computes what every top unit of that image shares, such as the normalisers N = W⁺a.
 */
interface ExcitationRule {

    /**
     * Binds the rule to one image.
     *
     * @param input  the layer's input activations a, batch of one, in the layer's own layout
     * @param output the layer's output activations, batch of one; null for the top layer
     */
    Prepared prepare(INDArray input, INDArray output);

    /** A rule bound to one image: linear in the probabilities it is given. */
    interface Prepared {

        /** P at the layer's input for a batch of rows of P at its output. */
        INDArray down(INDArray pOut);
    }
}
