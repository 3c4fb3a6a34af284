package xspace.data;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * The one way images are resized: bilinear, into an RGB image. The network's input, thumbnails,
 * contact sheets and heatmap overlays all resize through it, so that they agree pixel for pixel.
 */
public final class ImageResize {

    private ImageResize() {
    }

    /** The image at the given size, bilinear; the image itself if it already is RGB at that size. */
    public static BufferedImage bilinear(BufferedImage image, int width, int height) {
        if (image.getWidth() == width && image.getHeight() == height && image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
