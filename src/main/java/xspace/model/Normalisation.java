package xspace.model;

/**
 * How 8-bit RGB pixels become network input: {@code (pixel · scale − mean) / std} per channel, in
 * RGB or BGR order. Networks built here use {@link #UNIT}; Keras VGG models use {@link #CAFFE}.
 */
public record Normalisation(double scale, double[] mean, double[] std, boolean bgr) {

    /** Pixels scaled to [0, 1] and centred: the convention of networks trained here. */
    public static final Normalisation UNIT = new Normalisation(1 / 255.0, new double[] {0.5, 0.5, 0.5},
            new double[] {0.25, 0.25, 0.25}, false);

    /** Keras' {@code preprocess_input} for VGG16/VGG19: BGR with the ImageNet means subtracted. */
    public static final Normalisation CAFFE = new Normalisation(1.0, new double[] {103.939, 116.779, 123.68},
            new double[] {1, 1, 1}, true);

    @Override
    public boolean equals(Object other) {
        return other instanceof Normalisation n && n.scale == scale && n.bgr == bgr
                && java.util.Arrays.equals(n.mean, mean) && java.util.Arrays.equals(n.std, std);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(scale, bgr, java.util.Arrays.hashCode(mean), java.util.Arrays.hashCode(std));
    }

    @Override
    public String toString() {
        return "Normalisation[scale=" + scale + ", mean=" + java.util.Arrays.toString(mean) + ", std="
                + java.util.Arrays.toString(std) + ", bgr=" + bgr + "]";
    }

    /** The input value of channel {@code c} (in the network's order) for an 8-bit value. */
    public float apply(int channel, int value) {
        return (float) ((value * scale - mean[channel]) / std[channel]);
    }

    /** The 8-bit value that {@link #apply} maps to {@code input}; used to render inputs back. */
    public int invert(int channel, float input) {
        double value = (input * std[channel] + mean[channel]) / scale;
        return (int) Math.max(0, Math.min(255, Math.round(value)));
    }
}
