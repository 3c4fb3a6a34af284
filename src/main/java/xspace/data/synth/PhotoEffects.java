package xspace.data.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.SplittableRandom;

/**
 * What a camera adds: brightness, contrast, a colour cast and sensor noise, applied to a
 * rendered image in place. Drawn per image, independent of the species, so that exact colours
 * are not a cue on their own.
 */
public record PhotoEffects(double brightness, double contrast, double red, double green, double blue,
        int noise, long noiseSeed) {

    /** No change at all: the image as drawn. */
    public static final PhotoEffects NONE = new PhotoEffects(1, 1, 1, 1, 1, 0, 0);

    static PhotoEffects sample(SplittableRandom random) {
        return new PhotoEffects(random.nextDouble(0.75, 1.25), random.nextDouble(0.75, 1.2),
                random.nextDouble(0.93, 1.07), random.nextDouble(0.93, 1.07), random.nextDouble(0.93, 1.07),
                random.nextInt(2, 10), random.nextLong());
    }

    /** Changes a {@link BufferedImage#TYPE_INT_RGB} image in place. */
    void apply(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image");
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        SplittableRandom random = new SplittableRandom(noiseSeed);
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            int r = channel((rgb >> 16) & 0xFF, red, random);
            int g = channel((rgb >> 8) & 0xFF, green, random);
            int b = channel(rgb & 0xFF, blue, random);
            pixels[i] = (r << 16) | (g << 8) | b;
        }
    }

    private int channel(int value, double gain, SplittableRandom random) {
        double v = ((value * gain - 128) * contrast + 128) * brightness;
        if (noise > 0) {
            // the sum of two uniforms: a cheap bell-shaped noise
            v += random.nextInt(-noise, noise + 1) + random.nextInt(-noise, noise + 1);
        }
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
