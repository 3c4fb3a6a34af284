package xspace.model;

import java.util.List;
import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;

/**
 * The native memory a training run holds at its peak, estimated from the network before the first
 * batch: weights, their gradients and the updater's state (for the layers that train), and per
 * image of a batch the activations kept for back-propagation, the errors flowing back through
 * them, and the unfolded input of the largest convolution (im2col). A VGG19 at 224 px holds about
 * 65 MB of activations per image, so the batch size matters as much as the weights.
 *
 * @param bytesPerValue       4 for float32 networks
 * @param parameters          all parameters, frozen ones included
 * @param trainable           parameters that receive gradients and updater state
 * @param updaterSlots        values of updater state per trainable parameter (Adam 2, momentum 1)
 * @param activationsPerImage values of all layers' outputs and the input, for one image
 * @param im2colPerImage      values of the largest convolution's unfolded input, for one image
 */
public record TrainingMemory(int bytesPerValue, long parameters, long trainable, int updaterSlots,
        long activationsPerImage, long im2colPerImage) {

    public static TrainingMemory of(MultiLayerNetwork network, CnnInfo info, TrainingOptions.Optimizer optimizer) {
        CNN2DFormat format = info.layout() == InputLayout.NHWC ? CNN2DFormat.NHWC : CNN2DFormat.NCHW;
        InputType input = InputType.convolutional(info.inputSize(), info.inputSize(), 3, format);
        List<InputType> outputs = network.getLayerWiseConfigurations().getLayerActivationTypes(input);
        long activations = input.arrayElementsPerExample();
        long im2col = 0;
        long trainable = 0;
        for (int i = 0; i < outputs.size(); i++) {
            activations += outputs.get(i).arrayElementsPerExample();
            Layer layer = network.getLayerWiseConfigurations().getConf(i).getLayer();
            boolean frozen = layer instanceof FrozenLayer;
            Layer inner = frozen ? ((FrozenLayer) layer).getLayer() : layer;
            if (inner instanceof ConvolutionLayer conv && outputs.get(i) instanceof InputType.InputTypeConvolutional out) {
                InputType in = i == 0 ? input : outputs.get(i - 1);
                long channels = in instanceof InputType.InputTypeConvolutional c ? c.getChannels() : 1;
                im2col = Math.max(im2col, out.getHeight() * out.getWidth() * conv.getKernelSize()[0]
                        * conv.getKernelSize()[1] * channels);
            }
            if (!frozen) {
                trainable += network.getLayer(i).numParams();
            }
        }
        int slots = optimizer == TrainingOptions.Optimizer.ADAM ? 2 : 1;
        return new TrainingMemory(network.params().dataType().width(), network.numParams(), trainable, slots,
                activations, im2col);
    }

    public long weightBytes() {
        return parameters * bytesPerValue;
    }

    public long gradientBytes() {
        return trainable * bytesPerValue;
    }

    public long updaterBytes() {
        return trainable * updaterSlots * bytesPerValue;
    }

    /** What does not depend on the batch size. */
    public long fixedBytes() {
        return weightBytes() + gradientBytes() + updaterBytes();
    }

    /** Activations kept, errors going back and the unfolded convolution input, for one image. */
    public long bytesPerImage() {
        return (2 * activationsPerImage + im2colPerImage) * bytesPerValue;
    }

    public long totalBytes(int batch) {
        return fixedBytes() + batch * bytesPerImage();
    }

    /** The largest batch whose run fits in {@code bytes}; 0 when not even one image does. */
    public int largestBatch(long bytes) {
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, (bytes - fixedBytes()) / bytesPerImage()));
    }
}
