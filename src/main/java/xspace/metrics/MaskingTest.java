package xspace.metrics;

/**
 * The masking test of Table 2: pixels whose heatmap value is below 1 % of the heatmap's maximum
 * are hidden from the classifier. For x-features the heatmap is the per-pixel maximum over the n
 * maps (a pixel is kept when any x-feature covers it); for Excitation BP on ŷ_j it is that one map.
 * Hidden pixels are set to the network input 0, the value the input normalisation gives the
 * dataset's mean colour, so they carry no signal into the first convolution.
 */
public final class MaskingTest {

    public static final double THRESHOLD = 0.01;

    private MaskingTest() {
    }

    /** The per-pixel maximum of several maps of one size. */
    public static float[] union(float[][] maps) {
        float[] out = maps[0].clone();
        for (float[] map : maps) {
            for (int i = 0; i < out.length; i++) {
                out[i] = Math.max(out[i], map[i]);
            }
        }
        return out;
    }

    /** Which pixels stay visible: heatmap value ≥ 1 % of its maximum (none when the map is all zero). */
    public static boolean[] keep(float[] heatmap) {
        float max = 0;
        for (float v : heatmap) {
            max = Math.max(max, v);
        }
        boolean[] keep = new boolean[heatmap.length];
        for (int i = 0; i < keep.length; i++) {
            keep[i] = max > 0 && heatmap[i] >= THRESHOLD * max;
        }
        return keep;
    }

    /** Sets hidden pixels to 0 in a network input of {@code channels} planes (NCHW) or interleaved (NHWC). */
    public static void apply(float[] input, boolean[] keep, int channels, boolean channelsLast) {
        int pixels = keep.length;
        for (int pixel = 0; pixel < pixels; pixel++) {
            if (!keep[pixel]) {
                for (int c = 0; c < channels; c++) {
                    input[channelsLast ? pixel * channels + c : c * pixels + pixel] = 0;
                }
            }
        }
    }
}
