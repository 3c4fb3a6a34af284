package xspace.model;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What computes Z and ŷ for a batch of network inputs: the network itself through ND4J
 * ({@link ExplainedCnn#forward(INDArray)}), or an executor running the same network elsewhere.
 */
@FunctionalInterface
public interface Inference {

    ExplainedCnn.Forward forward(INDArray input);
}
