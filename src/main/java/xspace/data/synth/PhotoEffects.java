package xspace.data.synth;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
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
                random.nextInt(1, 6), random.nextLong());
    }

    /**
     * The image as the camera records it, as a new {@link BufferedImage#TYPE_3BYTE_BGR} image:
     * the layout ImageIO's encoders take without a conversion pass.
     */
    BufferedImage develop(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image");
        }
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        BufferedImage developed = new BufferedImage(image.getWidth(), image.getHeight(),
                BufferedImage.TYPE_3BYTE_BGR);
        byte[] bgr = ((DataBufferByte) developed.getRaster().getDataBuffer()).getData();
        SplittableRandom random = new SplittableRandom(noiseSeed);
        for (int i = 0; i < pixels.length; i++) {
            int rgb = pixels[i];
            // one random long gives six noise bytes: two per channel
            long bits = noise > 0 ? random.nextLong() : 0;
            bgr[3 * i + 2] = (byte) channel((rgb >> 16) & 0xFF, red, bits);
            bgr[3 * i + 1] = (byte) channel((rgb >> 8) & 0xFF, green, bits >>> 16);
            bgr[3 * i] = (byte) channel(rgb & 0xFF, blue, bits >>> 32);
        }
        return developed;
    }

    private int channel(int value, double gain, long bits) {
        double v = ((value * gain - 128) * contrast + 128) * brightness;
        // the sum of two uniforms in [-noise, noise]: a cheap bell-shaped noise
        v += uniform(bits & 0xFF) + uniform((bits >>> 8) & 0xFF);
        // clamp, then round half up by truncation (Math.round is slow here and v is not negative)
        return (int) (Math.max(0, Math.min(255, v)) + 0.5);
    }

    private int uniform(long randomByte) {
        return (int) (randomByte * (2 * noise + 1) >> 8) - noise;
    }
}
