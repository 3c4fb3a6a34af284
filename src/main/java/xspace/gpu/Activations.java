package xspace.gpu;

/**
 * The device buffers of one forward pass: the network input (channels-first) and each step's
 * output. Steps that change nothing in memory (dropout, a channels-first flatten, an in-place
 * activation) share their input's buffer.
 */
record Activations(int batch, Device.Buffer input, Device.Buffer[] outputs) {

    /** The input of step {@code i}. */
    Device.Buffer inputOf(int i) {
        return i == 0 ? input : outputs[i - 1];
    }

    Device.Buffer outputOf(int i) {
        return outputs[i];
    }
}
