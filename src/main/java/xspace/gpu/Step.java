package xspace.gpu;

import java.util.Arrays;
import org.deeplearning4j.nn.api.Layer;
import xspace.model.InputLayout;

/**
 * One step of an executor plan: which library call runs which part of which network layer, with
 * the shapes of one image before and after it. A DL4J layer becomes one to three steps (the
 * flattening its input preprocessor does, its own operation, its activation); every step names
 * the layer it belongs to by its index in the route (the CNN's layers, then the module's).
 */
public sealed interface Step {

    /** The index of the layer this step belongs to, counted along the route. */
    int layer();

    /** The layer's name, as DL4J or Keras gave it. */
    String name();

    Shape in();

    Shape out();

    /** The library call (or "none") that runs the step forward. */
    String call();

    /**
     * A 2-D convolution (cross-correlation) with its bias; the activation follows as its own step.
     * Padding is symmetric (cuDNN has no other); {@code weights} is the DL4J layer holding W and b.
     */
    record Convolution(int layer, String name, Shape in, Shape out, int[] kernel, int[] stride, int[] padding,
            int[] dilation, boolean bias, Layer weights) implements Step {
        @Override
        public String call() {
            return "cudnnConvolutionForward";
        }

        @Override
        public String toString() {
            return name + ": " + call() + " " + in + " → " + out + " kernel " + Arrays.toString(kernel) + " stride "
                    + Arrays.toString(stride) + " padding " + Arrays.toString(padding)
                    + (dilation[0] * dilation[1] > 1 ? " dilation " + Arrays.toString(dilation) : "");
        }
    }

    /** A fully-connected layer: x·W (+ b), W being [inputs × outputs] as DL4J keeps it. */
    record Dense(int layer, String name, Shape in, Shape out, boolean bias, Layer weights) implements Step {
        @Override
        public String call() {
            return "cublasSgemm";
        }

        @Override
        public String toString() {
            return name + ": " + call() + " " + in + " → " + out;
        }
    }

    /** Max, average or sum pooling; average either counts the padding in its divisor or not. */
    record Pooling(int layer, String name, Shape in, Shape out, Kind kind, int[] kernel, int[] stride, int[] padding,
            boolean countsPadding) implements Step {

        public enum Kind {
            MAX, AVERAGE, SUM
        }

        @Override
        public String call() {
            return "cudnnPoolingForward";
        }

        @Override
        public String toString() {
            return name + ": " + call() + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " " + in + " → " + out
                    + " kernel " + Arrays.toString(kernel) + " stride " + Arrays.toString(stride) + " padding "
                    + Arrays.toString(padding);
        }
    }

    /** An element-wise activation, in place. */
    record Activate(int layer, String name, Shape in, Activation function) implements Step {
        @Override
        public Shape out() {
            return in;
        }

        @Override
        public String call() {
            return "cudnnActivationForward";
        }

        @Override
        public String toString() {
            return name + ": " + call() + " " + function.name().toLowerCase(java.util.Locale.ROOT) + " " + in;
        }
    }

    /** A layer that is the identity at inference (dropout): no call, no copy. */
    record Identity(int layer, String name, Shape in, String why) implements Step {
        @Override
        public Shape out() {
            return in;
        }

        @Override
        public String call() {
            return "none";
        }

        @Override
        public String toString() {
            return name + ": " + why + ", identity " + in;
        }
    }

    /**
     * The flattening before a dense layer, in the order of the layout the network computes in:
     * channels-first is the device's own order (nothing to do), channels-last (Keras) is a
     * transposition of the device's channels-first map.
     */
    record Flatten(int layer, String name, Shape in, InputLayout order) implements Step {
        @Override
        public Shape out() {
            return Shape.flat(in.size());
        }

        @Override
        public String call() {
            return order == InputLayout.NHWC ? "cudnnTransformTensor" : "none";
        }

        @Override
        public String toString() {
            return name + ": flatten " + order + " " + in + " → " + out() + (order == InputLayout.NHWC
                    ? " (" + call() + " NCHW → NHWC)" : "");
        }
    }

    /**
     * The layer holding the top units of Excitation Backprop: only its input is computed forward;
     * the weights of the selected units start the backward pass.
     */
    record Top(int layer, String name, Shape in, Shape out, Layer weights) implements Step {
        @Override
        public String call() {
            return "cublasSgemm";
        }

        @Override
        public String toString() {
            return name + ": top units, " + call() + " " + in + " → " + out;
        }
    }
}
