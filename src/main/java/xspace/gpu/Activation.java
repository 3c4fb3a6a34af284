package xspace.gpu;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.activations.impl.ActivationReLU6;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;

/** The element-wise activations the executor runs with cuDNN's activation forward. */
public enum Activation {
    IDENTITY, RELU, RELU6, SIGMOID, TANH;

    /** The executor's form of a DL4J activation, or null when it has none. */
    static Activation of(IActivation fn) {
        if (fn == null || fn instanceof ActivationIdentity) {
            return IDENTITY;
        }
        if (fn instanceof ActivationReLU relu) {
            // a leaky, thresholded or capped ReLU is another function
            return relu.getMax() == null && zeroOrUnset(relu.getThreshold()) && zeroOrUnset(relu.getNegativeSlope())
                    ? RELU : null;
        }
        if (fn instanceof ActivationReLU6) {
            return RELU6;
        }
        if (fn instanceof ActivationSigmoid) {
            return SIGMOID;
        }
        return fn instanceof ActivationTanH ? TANH : null;
    }

    private static boolean zeroOrUnset(Double value) {
        return value == null || value == 0.0;
    }

    /** Keeps the next layer's input non-negative, as Excitation Backprop needs below the top unit. */
    public boolean reluLike() {
        return this == IDENTITY || this == RELU || this == RELU6;
    }
}
