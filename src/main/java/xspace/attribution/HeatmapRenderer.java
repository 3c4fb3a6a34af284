package xspace.attribution;

import xspace.data.ImageResize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import xspace.engine.PngFiles;

/**
 * Draws a heatmap over its image as the authors display them: the heatmap min–max normalised to
 * a ∈ [0, 1], then each pixel blended as (1 − a^0.8) · image + a^0.8 · colormap(a), so that cold
 * regions show the image and hot regions the colour.
 */
public final class HeatmapRenderer {

    private static final double GAMMA = 0.8;

    private final Colormap colormap;

    public HeatmapRenderer(Colormap colormap) {
        this.colormap = colormap;
    }

    /** The blended image, at the heatmap's size (the image is resized to it if needed). */
    public BufferedImage overlay(BufferedImage image, Heatmap heatmap) {
        BufferedImage base = fitted(image, heatmap.width(), heatmap.height());
        float[] values = heatmap.values();
        float min = Float.POSITIVE_INFINITY;
        float max = Float.NEGATIVE_INFINITY;
        for (float v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = max - min;
        BufferedImage out = new BufferedImage(heatmap.width(), heatmap.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < heatmap.height(); y++) {
            for (int x = 0; x < heatmap.width(); x++) {
                double a = range > 0 ? (values[y * heatmap.width() + x] - min) / range : 0;
                out.setRGB(x, y, blend(base.getRGB(x, y), colormap.rgb(a), Math.pow(a, GAMMA)));
            }
        }
        return out;
    }

    public void writePng(BufferedImage image, Heatmap heatmap, Path png) throws IOException {
        PngFiles.write(overlay(image, heatmap), png);
    }

    private static int blend(int image, int colour, double weight) {
        int rgb = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            int i = (image >> shift) & 0xFF;
            int c = (colour >> shift) & 0xFF;
            rgb |= ((int) Math.round((1 - weight) * i + weight * c)) << shift;
        }
        return rgb;
    }

    private static BufferedImage fitted(BufferedImage image, int width, int height) {
        return image.getWidth() == width && image.getHeight() == height ? image
                : ImageResize.bilinear(image, width, height);
    }
}
