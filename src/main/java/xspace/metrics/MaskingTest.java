package xspace.metrics;

/**
 * The masking test of Table 2: pixels whose heatmap value is below 1 % of the heatmap's maximum
 * are hidden from the classifier. For x-features the heatmap is the per-pixel maximum over the n
 * maps (a pixel is kept when any x-feature covers it); for Excitation BP on ŷ_j it is that one map.
 * Hidden pixels are painted with the colour the input normalisation maps to 0 (the mean colour),
 * so they carry no signal into the first convolution.
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

    /**
     * The image with hidden pixels painted {@code fill}; pass the colour that the network's input
     * normalisation maps to 0, so that hidden pixels carry no signal.
     */
    public static java.awt.image.BufferedImage masked(java.awt.image.BufferedImage image, boolean[] keep, int fill) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (keep.length != w * h) {
            throw new IllegalArgumentException("mask of " + keep.length + " pixels for a " + w + "×" + h + " image");
        }
        java.awt.image.BufferedImage out = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        for (int i = 0; i < rgb.length; i++) {
            if (!keep[i]) {
                rgb[i] = fill;
            }
        }
        out.setRGB(0, 0, w, h, rgb, 0, w);
        return out;
    }
}
