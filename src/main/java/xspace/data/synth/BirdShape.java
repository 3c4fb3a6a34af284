package xspace.data.synth;

import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outline of a bird in its own frame ("bird units", y down, facing left, about 160 units
 * from bill tip to tail tip), for one bill shape and one tail shape. Each region has an anchor:
 * the point annotated as that part. Anchors sit at least about three units inside their region
 * and away from every shape painted over it, so the pixel at an anchor shows the part's colour;
 * only the near-side eye, leg and wing exist in this frame.
 */
public final class BirdShape {

    static final Shape BODY = new Ellipse2D.Double(-32, -21, 80, 50);
    static final Shape HEAD = new Ellipse2D.Double(-47, -39, 34, 34);
    static final Shape NECK = new Ellipse2D.Double(-38, -22, 28, 28);
    static final Shape BREAST_PATCH = new Ellipse2D.Double(-44, -4, 44, 36);
    static final Shape BELLY_PATCH = new Ellipse2D.Double(-10, 14, 56, 32);
    static final Shape CROWN_CAP = new Ellipse2D.Double(-49, -48, 34, 20);
    static final Shape FOREHEAD_PATCH = new Ellipse2D.Double(-57, -42, 25, 23);
    static final Shape THROAT_PATCH = new Ellipse2D.Double(-48, -17, 26, 22);
    static final Shape EYE_RING = circle(-33, -22, 8);
    static final Shape PUPIL = circle(-33, -22, 5);
    static final Shape WING = wing();
    static final Shape LEG = new Path2D.Double(new java.awt.geom.Line2D.Double(2, 24, 0, 44));
    static final double LEG_WIDTH = 7;
    static final List<double[]> TOES = List.of(new double[] {0, 44, -9, 48}, new double[] {0, 44, 7, 48});
    /** Where a perch passes under the feet. */
    static final Point2D FOOT = new Point2D.Double(0, 48);

    /** Bars across the wing and marks on the breast, all well away from those regions' anchors. */
    static final double[] WING_BAR_X = {24, 31, 38};
    static final List<Point2D> WING_SPOTS = points(22, -2, 30, 5, 38, 0, 44, 7, 26, 9);
    static final List<Point2D> BREAST_MARKS = points(-30, 5, -24, 19, -12, 3, -13, 20, -31, 15);

    private static final Map<BodyRegion, Point2D> FIXED_ANCHORS = fixedAnchors();

    private final String billShape;
    private final Shape beak;
    private final Shape tail;
    private final Rectangle2D bounds;

    public BirdShape(String billShape, String tailShape) {
        this.billShape = billShape;
        this.beak = BeakAndTail.beak(billShape);
        this.tail = BeakAndTail.tail(tailShape);
        this.bounds = outlineBounds(beak, tail);
    }

    public static BirdShape of(Species species) {
        return new BirdShape(species.value(Trait.BILL_SHAPE), species.value(Trait.TAIL_SHAPE));
    }

    public Shape beak() {
        return beak;
    }

    public Shape tail() {
        return tail;
    }

    /** The annotated point of a region in bird units (the near side for paired regions). */
    public Point2D anchor(BodyRegion region) {
        return region == BodyRegion.BEAK ? BeakAndTail.beakAnchor(billShape) : FIXED_ANCHORS.get(region);
    }

    /** A box around everything drawn for this bird, in bird units. */
    public Rectangle2D bounds() {
        return (Rectangle2D) bounds.clone();
    }

    private static Rectangle2D outlineBounds(Shape beak, Shape tail) {
        Area all = new Area(BODY);
        for (Shape shape : List.of(HEAD, NECK, WING, beak, tail)) {
            all.add(new Area(shape));
        }
        Rectangle2D box = all.getBounds2D();
        // the toes, drawn as strokes, reach below the outline
        box.add(new Point2D.Double(-12, 50));
        box.add(new Point2D.Double(10, 50));
        return box;
    }

    private static Map<BodyRegion, Point2D> fixedAnchors() {
        Map<BodyRegion, Point2D> anchors = new EnumMap<>(BodyRegion.class);
        anchors.put(BodyRegion.BACK, new Point2D.Double(14, -13));
        anchors.put(BodyRegion.BELLY, new Point2D.Double(22, 21));
        anchors.put(BodyRegion.BREAST, new Point2D.Double(-20, 10));
        anchors.put(BodyRegion.CROWN, new Point2D.Double(-29, -34));
        anchors.put(BodyRegion.FOREHEAD, new Point2D.Double(-42, -29));
        anchors.put(BodyRegion.EYE, new Point2D.Double(-33, -22));
        anchors.put(BodyRegion.LEG, new Point2D.Double(0.6, 38));
        anchors.put(BodyRegion.WING, new Point2D.Double(10, 2));
        anchors.put(BodyRegion.NAPE, new Point2D.Double(-17, -18));
        anchors.put(BodyRegion.TAIL, new Point2D.Double(56, 2));
        anchors.put(BodyRegion.THROAT, new Point2D.Double(-33, -5));
        return Map.copyOf(anchors);
    }

    private static Shape wing() {
        Area wing = new Area(new Ellipse2D.Double(-11, -7, 54, 20));
        Path2D tip = new Path2D.Double();
        tip.moveTo(35, -3);
        tip.lineTo(58, 11);
        tip.lineTo(34, 11);
        tip.closePath();
        wing.add(new Area(tip));
        return wing;
    }

    private static Shape circle(double x, double y, double r) {
        return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
    }

    private static List<Point2D> points(double... xy) {
        List<Point2D> points = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new Point2D.Double(xy[i], xy[i + 1]));
        }
        return List.copyOf(points);
    }
}
