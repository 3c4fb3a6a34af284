package xspace.model;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/**
 * Training-time variation of an image: a random crop (then resized back), a horizontal flip and
 * colour jitter of brightness, contrast and saturation. Driven by the caller's random source so
 * that training is reproducible from its seed.
 *
 * @param minCropFraction smallest crop side as a fraction of the image side (1 = no cropping)
 * @param flip            whether to flip half of the images
 * @param jitter          largest relative change of brightness, contrast and saturation
 */
public record Augmentation(double minCropFraction, boolean flip, double jitter) {

    public static final Augmentation NONE = new Augmentation(1.0, false, 0);
    public static final Augmentation DEFAULT = new Augmentation(0.85, true, 0.2);

    public BufferedImage apply(BufferedImage image, Random random) {
        int w = image.getWidth();
        int h = image.getHeight();
        double fraction = minCropFraction + (1 - minCropFraction) * random.nextDouble();
        int cw = Math.max(1, (int) Math.round(w * fraction));
        int ch = Math.max(1, (int) Math.round(h * fraction));
        int x = random.nextInt(w - cw + 1);
        int y = random.nextInt(h - ch + 1);
        boolean mirror = flip && random.nextBoolean();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (mirror) {
            g.drawImage(image, w, 0, 0, h, x, y, x + cw, y + ch, null);
        } else {
            g.drawImage(image, 0, 0, w, h, x, y, x + cw, y + ch, null);
        }
        g.dispose();
        if (jitter > 0) {
            jitterColours(out, random);
        }
        return out;
    }

    private void jitterColours(BufferedImage image, Random random) {
        double brightness = 1 + jitter * (2 * random.nextDouble() - 1);
        double contrast = 1 + jitter * (2 * random.nextDouble() - 1);
        double saturation = 1 + jitter * (2 * random.nextDouble() - 1);
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        for (int i = 0; i < rgb.length; i++) {
            double r = (rgb[i] >> 16) & 0xFF;
            double g = (rgb[i] >> 8) & 0xFF;
            double b = rgb[i] & 0xFF;
            double grey = 0.299 * r + 0.587 * g + 0.114 * b;
            r = adjust(r, grey, brightness, contrast, saturation);
            g = adjust(g, grey, brightness, contrast, saturation);
            b = adjust(b, grey, brightness, contrast, saturation);
            rgb[i] = ((int) r << 16) | ((int) g << 8) | (int) b;
        }
        image.setRGB(0, 0, image.getWidth(), image.getHeight(), rgb, 0, image.getWidth());
    }

    private static double adjust(double value, double grey, double brightness, double contrast, double saturation) {
        double saturated = grey + saturation * (value - grey);
        double contrasted = 128 + contrast * (saturated - 128);
        return Math.max(0, Math.min(255, contrasted * brightness));
    }
}
