package xspace.data.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.SplittableRandom;

/**
 * Cluttered backgrounds: a gradient sky or foliage with blobs, boxes and twigs, drawn from the
 * image's own random stream and never from the species, so a background says nothing about
 * the bird. Plumage colours appear among the clutter too.
 */
final class Backdrop {

    private Backdrop() {
    }

    static void paint(Graphics2D g, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        g.setPaint(new GradientPaint(
                (float) random.nextDouble(size), 0, randomColour(random, 255),
                (float) random.nextDouble(size), size, randomColour(random, 255)));
        g.fillRect(0, 0, size, size);
        int items = random.nextInt(4, 13);
        for (int i = 0; i < items; i++) {
            paintItem(g, size, random);
        }
    }

    private static void paintItem(Graphics2D g, int size, SplittableRandom random) {
        g.setColor(itemColour(random));
        double x = random.nextDouble(-0.1, 1.1) * size;
        double y = random.nextDouble(-0.1, 1.1) * size;
        double w = random.nextDouble(0.05, 0.45) * size;
        double h = random.nextDouble(0.05, 0.45) * size;
        switch (random.nextInt(3)) {
            case 0 -> g.fill(new Ellipse2D.Double(x - w / 2, y - h / 2, w, h));
            case 1 -> g.fill(AffineTransform.getRotateInstance(random.nextDouble(Math.PI), x, y)
                    .createTransformedShape(new Rectangle2D.Double(x - w / 2, y - h / 2, w, h)));
            default -> {
                g.setStroke(new BasicStroke((float) (size * random.nextDouble(0.01, 0.04)),
                        BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x, y, x + w * (random.nextBoolean() ? 2 : -2), y + h - w));
            }
        }
    }

    private static Color itemColour(SplittableRandom random) {
        Color colour = random.nextDouble() < 0.3
                ? Palette.colour(Palette.PLUMAGE.get(random.nextInt(Palette.PLUMAGE.size())))
                : randomColour(random, 255);
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), random.nextInt(110, 256));
    }

    /** Mostly muted natural colours: sky, foliage, bark, with now and then a strong one. */
    private static Color randomColour(SplittableRandom random, int alpha) {
        float hue = (float) random.nextDouble();
        float saturation = (float) (random.nextDouble() < 0.8 ? random.nextDouble(0.1, 0.5) : random.nextDouble(0.5, 1));
        float brightness = (float) random.nextDouble(0.3, 0.95);
        Color colour = Color.getHSBColor(hue, saturation, brightness);
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }
}
