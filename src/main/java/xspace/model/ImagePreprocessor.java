package xspace.model;

import xspace.data.ImageResize;
import java.awt.image.BufferedImage;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Turns images into network input: resized (bilinear) to the square input size and normalised,
 * in the network's layout. One place for this, so that training, features, heatmaps and the
 * masking test all see exactly the same input.
 */
public final class ImagePreprocessor {

    private final int size;
    private final InputLayout layout;
    private final Normalisation normalisation;

    public ImagePreprocessor(int size, InputLayout layout, Normalisation normalisation) {
        this.size = size;
        this.layout = layout;
        this.normalisation = normalisation;
    }

    public static ImagePreprocessor of(CnnInfo info) {
        return new ImagePreprocessor(info.inputSize(), info.layout(), info.normalisation());
    }

    public int size() {
        return size;
    }

    /** Resizes to the input size with bilinear interpolation, as an RGB image. */
    public BufferedImage resize(BufferedImage image) {
        return ImageResize.bilinear(image, size, size);
    }

    /** One image's input values in the network's layout (no batch dimension). */
    public float[] toInput(BufferedImage image) {
        BufferedImage resized = resize(image);
        float[] values = new float[3 * size * size];
        int[] rgb = resized.getRGB(0, 0, size, size, null, 0, size);
        for (int pixel = 0; pixel < rgb.length; pixel++) {
            for (int c = 0; c < 3; c++) {
                int source = normalisation.bgr() ? c : 2 - c;
                int value = (rgb[pixel] >> (8 * source)) & 0xFF;
                values[index(c, pixel)] = normalisation.apply(c, value);
            }
        }
        return values;
    }

    /** A batch tensor of images, shape [n, 3, size, size] or [n, size, size, 3]. */
    public INDArray batch(List<BufferedImage> images) {
        float[][] inputs = images.parallelStream().map(this::toInput).toArray(float[][]::new);
        return batchOf(inputs);
    }

    /** A batch tensor of inputs already produced by {@link #toInput}. */
    public INDArray batchOf(float[][] inputs) {
        float[] flat = new float[inputs.length * 3 * size * size];
        for (int i = 0; i < inputs.length; i++) {
            System.arraycopy(inputs[i], 0, flat, i * inputs[i].length, inputs[i].length);
        }
        long[] shape = layout == InputLayout.NCHW
                ? new long[] {inputs.length, 3, size, size}
                : new long[] {inputs.length, size, size, 3};
        return Nd4j.create(flat, shape, 'c');
    }

    private int index(int channel, int pixel) {
        return layout == InputLayout.NCHW ? channel * size * size + pixel : pixel * 3 + channel;
    }
}
