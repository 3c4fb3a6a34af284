package xspace.gpu;

import java.util.IdentityHashMap;
import java.util.Map;
import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The parameters of the network's layers on the device, uploaded on first use and kept: W and b
 * for the forward pass, W⁺ = max(W, 0) for Excitation Backprop. Convolution weights keep DL4J's
 * [out, in, kH, kW] order (cuDNN's KCRS), dense weights DL4J's [inputs × outputs].
 */
final class DeviceWeights implements AutoCloseable {

    private final Device device;
    private final Map<Layer, Device.Buffer> weights = new IdentityHashMap<>();
    private final Map<Layer, Device.Buffer> positive = new IdentityHashMap<>();
    private final Map<Layer, Device.Buffer> biases = new IdentityHashMap<>();

    DeviceWeights(Device device) {
        this.device = device;
    }

    Device.Buffer weights(Layer layer) {
        return weights.computeIfAbsent(layer, l -> upload(values(l.getParam("W"))));
    }

    Device.Buffer positive(Layer layer) {
        return positive.computeIfAbsent(layer, l -> {
            float[] w = values(l.getParam("W"));
            for (int i = 0; i < w.length; i++) {
                w[i] = Math.max(0f, w[i]);
            }
            return upload(w);
        });
    }

    Device.Buffer bias(Layer layer) {
        return biases.computeIfAbsent(layer, l -> upload(values(l.getParam("b"))));
    }

    /**
     * The positive parts of the columns {@code units} of a [inputs × outputs] weight matrix, as
     * [inputs × units], negated first for the dual units of c-MWP.
     */
    static float[] columns(Layer layer, int[] units, boolean negated) {
        INDArray w = layer.getParam("W");
        int inputs = (int) w.size(0);
        int outputs = (int) w.size(1);
        float[] all = values(w);
        float[] selected = new float[inputs * units.length];
        for (int i = 0; i < inputs; i++) {
            for (int t = 0; t < units.length; t++) {
                if (units[t] >= outputs) {
                    throw new IllegalArgumentException("unit " + units[t] + " does not exist; layer '"
                            + layer.conf().getLayer().getLayerName() + "' has " + outputs + " units");
                }
                float v = all[i * outputs + units[t]];
                selected[i * units.length + t] = Math.max(0f, negated ? -v : v);
            }
        }
        return selected;
    }

    /** All values of an array in C order, as floats. */
    static float[] values(INDArray array) {
        return array.castTo(DataType.FLOAT).dup('c').reshape(array.length()).toFloatVector();
    }

    private Device.Buffer upload(float[] values) {
        Device.Buffer buffer = device.allocate(values.length);
        device.upload(values, buffer);
        return buffer;
    }

    @Override
    public void close() {
        for (Map<Layer, Device.Buffer> map : java.util.List.of(weights, positive, biases)) {
            map.values().forEach(device::free);
            map.clear();
        }
    }
}
