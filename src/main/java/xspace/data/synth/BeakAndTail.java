package xspace.data.synth;

import java.awt.Shape;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;

/**
 * The bill and tail outlines of each shape value, in bird units. The bill's base sits on the
 * head's front edge (x = -45), the tail's base under the body's rear (x = 42).
 */
final class BeakAndTail {

    private BeakAndTail() {
    }

    static Shape beak(String shape) {
        return switch (shape) {
            case "short" -> polygon(-45, -27, -57, -22, -45, -17);
            case "cone" -> polygon(-45, -30, -59, -22, -45, -14);
            case "dagger" -> polygon(-45, -28, -74, -22, -45, -16);
            case "hooked" -> hookedBeak();
            case "long" -> longBeak();
            default -> throw new IllegalArgumentException("unknown bill shape: " + shape);
        };
    }

    /** Each anchor lies where its bill is thickest, clear of the head. */
    static Point2D beakAnchor(String shape) {
        return switch (shape) {
            case "short" -> new Point2D.Double(-49.5, -22);
            case "cone" -> new Point2D.Double(-50, -22);
            case "hooked" -> new Point2D.Double(-50, -23);
            case "long", "dagger" -> new Point2D.Double(-51, -22);
            default -> throw new IllegalArgumentException("unknown bill shape: " + shape);
        };
    }

    static Shape tail(String shape) {
        return switch (shape) {
            case "notched" -> polygon(42, -5, 76, -8, 66, 2, 76, 12, 42, 8);
            case "pointed" -> polygon(42, -5, 80, 3, 42, 9);
            case "rounded" -> roundedTail();
            case "fan" -> fanTail();
            default -> throw new IllegalArgumentException("unknown tail shape: " + shape);
        };
    }

    private static Shape hookedBeak() {
        Path2D path = new Path2D.Double();
        path.moveTo(-45, -29);
        path.quadTo(-56, -30, -61, -20);
        path.lineTo(-58, -15);
        path.lineTo(-52, -19);
        path.lineTo(-45, -16);
        path.closePath();
        return path;
    }

    private static Shape longBeak() {
        Path2D path = new Path2D.Double();
        path.moveTo(-45, -26);
        path.quadTo(-62, -24, -82, -17);
        path.quadTo(-62, -19, -45, -18);
        path.closePath();
        return path;
    }

    private static Shape roundedTail() {
        Path2D path = new Path2D.Double();
        path.moveTo(42, -5);
        path.lineTo(62, -7);
        path.quadTo(82, 2, 62, 11);
        path.lineTo(42, 9);
        path.closePath();
        return path;
    }

    private static Shape fanTail() {
        Path2D path = new Path2D.Double();
        path.moveTo(42, -3);
        path.lineTo(68, -14);
        path.quadTo(80, 3, 68, 20);
        path.lineTo(42, 7);
        path.closePath();
        return path;
    }

    private static Shape polygon(double... xy) {
        Path2D path = new Path2D.Double();
        path.moveTo(xy[0], xy[1]);
        for (int i = 2; i < xy.length; i += 2) {
            path.lineTo(xy[i], xy[i + 1]);
        }
        path.closePath();
        return path;
    }
}
