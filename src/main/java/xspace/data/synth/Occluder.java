package xspace.data.synth;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Point2D;

/** A leaf or branch in front of the bird, in image pixels; the parts it covers are not visible. */
public record Occluder(String kind, Shape shape, Color colour) {

    /**
     * How far (pixels) an occluder must stay from a part's location for the part to count as
     * visible, so the pixel holding the location is never even partly covered.
     */
    static final double CLEARANCE = 1.5;

    /** Whether this occluder covers, or comes within {@link #CLEARANCE} of, an image point. */
    public boolean covers(Point2D point) {
        return shape.intersects(point.getX() - CLEARANCE, point.getY() - CLEARANCE, 2 * CLEARANCE, 2 * CLEARANCE);
    }

    void paint(Graphics2D g) {
        g.setColor(colour);
        g.fill(shape);
    }
}
