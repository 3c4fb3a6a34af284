package xspace.data.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Draws the random parts of a scene for one species: pose (place, size, small tilt, facing),
 * perch, occluder, backdrop and camera effects, all from the image's own random stream.
 */
public final class SceneSampler {

    /** The bird's longer side as a share of the image side. */
    private static final double MIN_EXTENT = 0.5;
    private static final double MAX_EXTENT = 0.85;
    private static final double MAX_TILT = Math.toRadians(12);
    private static final double PERCH_SHARE = 0.6;
    private static final double OCCLUDER_SHARE = 0.35;
    /** Image border (pixels) the bird keeps clear of, so its box never touches the edge. */
    private static final double MARGIN = 1;

    private SceneSampler() {
    }

    public static Scene sample(Species species, int size, SplittableRandom random) {
        return sample(species, BirdShape.of(species), new Plumage(species), size, random);
    }

    /** As {@link #sample(Species, int, SplittableRandom)}, reusing the species' shape and colours. */
    public static Scene sample(Species species, BirdShape shape, Plumage plumage, int size, SplittableRandom random) {
        Pose pose = pose(shape, size, random);
        boolean perch = random.nextDouble() < PERCH_SHARE;
        Optional<Occluder> occluder = random.nextDouble() < OCCLUDER_SHARE
                ? Optional.of(occluder(shape, pose, random))
                : Optional.empty();
        long backdropSeed = random.nextLong();
        return new Scene(size, species, shape, plumage, pose, perch, occluder, backdropSeed,
                PhotoEffects.sample(random));
    }

    static Pose pose(BirdShape shape, int size, SplittableRandom random) {
        boolean facingRight = random.nextBoolean();
        double tilt = random.nextDouble(-MAX_TILT, MAX_TILT);
        Rectangle2D bounds = shape.bounds();
        double longest = Math.max(bounds.getWidth(), bounds.getHeight());
        double scale = size * random.nextDouble(MIN_EXTENT, MAX_EXTENT) / longest;
        Rectangle2D placed = placedBounds(bounds, new Pose(0, 0, scale, tilt, facingRight));
        double room = size - 2 * MARGIN;
        if (placed.getWidth() > room || placed.getHeight() > room) {
            scale *= room / Math.max(placed.getWidth(), placed.getHeight());
            placed = placedBounds(bounds, new Pose(0, 0, scale, tilt, facingRight));
        }
        double x = within(random, MARGIN - placed.getMinX(), size - MARGIN - placed.getMaxX());
        double y = within(random, MARGIN - placed.getMinY(), size - MARGIN - placed.getMaxY());
        return new Pose(x, y, scale, tilt, facingRight);
    }

    private static Rectangle2D placedBounds(Rectangle2D bounds, Pose pose) {
        return pose.birdToImage().createTransformedShape(bounds).getBounds2D();
    }

    private static double within(SplittableRandom random, double low, double high) {
        return high > low ? random.nextDouble(low, high) : (low + high) / 2;
    }

    /** A leaf or a branch laid over a random part of the bird. */
    private static Occluder occluder(BirdShape shape, Pose pose, SplittableRandom random) {
        BodyRegion target = BodyRegion.values()[random.nextInt(BodyRegion.values().length)];
        Point2D centre = pose.birdToImage().transform(shape.anchor(target), null);
        double birdSize = pose.scale() * Math.max(shape.bounds().getWidth(), shape.bounds().getHeight());
        double angle = random.nextDouble(Math.PI);
        double jitter = birdSize * 0.08;
        double cx = centre.getX() + random.nextDouble(-jitter, jitter);
        double cy = centre.getY() + random.nextDouble(-jitter, jitter);
        if (random.nextBoolean()) {
            double length = birdSize * random.nextDouble(0.22, 0.38);
            Shape leaf = AffineTransform.getRotateInstance(angle, cx, cy).createTransformedShape(
                    new Ellipse2D.Double(cx - length / 2, cy - length / 5, length, length * 0.4));
            return new Occluder("leaf", leaf, shade(random, 70, 140, 50));
        }
        double width = birdSize * random.nextDouble(0.05, 0.1);
        double reach = birdSize * 2;
        Line2D line = new Line2D.Double(cx - reach * Math.cos(angle), cy - reach * Math.sin(angle),
                cx + reach * Math.cos(angle), cy + reach * Math.sin(angle));
        Shape branch = new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                .createStrokedShape(line);
        return new Occluder("branch", branch, shade(random, 105, 80, 55));
    }

    private static Color shade(SplittableRandom random, int r, int g, int b) {
        int d = random.nextInt(-25, 26);
        return new Color(clamp(r + d), clamp(g + d), clamp(b + d));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
