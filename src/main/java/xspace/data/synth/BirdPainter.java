package xspace.data.synth;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;

/**
 * Paints one bird in profile through a bird-to-image transform, back to front: tail, near leg,
 * body with breast and belly, neck and head with their patches, eye, bill, near wing. The far
 * eye, leg and wing are not painted: they are behind the body.
 */
final class BirdPainter {

    private static final BasicStroke WING_OUTLINE = new BasicStroke(1.6f);
    private static final BasicStroke BAR = new BasicStroke(2.4f);
    private static final BasicStroke STREAK = new BasicStroke(2.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final BasicStroke LEG = new BasicStroke((float) BirdShape.LEG_WIDTH, BasicStroke.CAP_ROUND,
            BasicStroke.JOIN_ROUND);
    private static final BasicStroke TOE = new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    private static final double MARK_RADIUS = 2.2;
    /** The clipped regions are the same for every bird, so they are built once. */
    private static final Area BREAST = clipped(BirdShape.BREAST_PATCH, BirdShape.BODY);
    private static final Area BELLY = clipped(BirdShape.BELLY_PATCH, BirdShape.BODY);
    private static final Area HEAD_AND_NECK = union(BirdShape.HEAD, BirdShape.NECK);
    private static final Area CROWN = clipped(BirdShape.CROWN_CAP, BirdShape.HEAD);
    private static final Area FOREHEAD = clipped(BirdShape.FOREHEAD_PATCH, BirdShape.HEAD);
    private static final Area THROAT = clipped(BirdShape.THROAT_PATCH, HEAD_AND_NECK);

    private BirdPainter() {
    }

    static void paint(Graphics2D g, BirdShape shape, Plumage plumage, AffineTransform birdToImage) {
        Graphics2D bird = (Graphics2D) g.create();
        try {
            bird.transform(birdToImage);
            paintTailAndLeg(bird, shape, plumage);
            paintBody(bird, plumage);
            paintHead(bird, shape, plumage);
            paintWing(bird, plumage);
        } finally {
            bird.dispose();
        }
    }

    private static void paintTailAndLeg(Graphics2D g, BirdShape shape, Plumage plumage) {
        fill(g, shape.tail(), plumage.fill(BodyRegion.TAIL));
        g.setColor(plumage.fill(BodyRegion.LEG));
        g.setStroke(LEG);
        g.draw(BirdShape.LEG);
        g.setStroke(TOE);
        for (double[] toe : BirdShape.TOES) {
            g.draw(new Line2D.Double(toe[0], toe[1], toe[2], toe[3]));
        }
    }

    private static void paintBody(Graphics2D g, Plumage plumage) {
        fill(g, BirdShape.BODY, plumage.fill(BodyRegion.BACK));
        fill(g, BREAST, plumage.fill(BodyRegion.BREAST));
        paintBreastMarks(g, BREAST, plumage);
        fill(g, BELLY, plumage.fill(BodyRegion.BELLY));
    }

    private static void paintBreastMarks(Graphics2D g, Shape breast, Plumage plumage) {
        if (plumage.breastPattern().equals("plain")) {
            return;
        }
        Graphics2D marks = (Graphics2D) g.create();
        marks.clip(breast);
        marks.setColor(Palette.markingOn(plumage.fill(BodyRegion.BREAST)));
        marks.setStroke(STREAK);
        boolean streaks = plumage.breastPattern().equals("streaked");
        for (Point2D p : BirdShape.BREAST_MARKS) {
            if (streaks) {
                marks.draw(new Line2D.Double(p.getX() + 1, p.getY() - 3, p.getX() - 1, p.getY() + 3));
            } else {
                marks.fill(circle(p, MARK_RADIUS));
            }
        }
        marks.dispose();
    }

    private static void paintHead(Graphics2D g, BirdShape shape, Plumage plumage) {
        fill(g, HEAD_AND_NECK, plumage.fill(BodyRegion.NAPE));
        fill(g, CROWN, plumage.fill(BodyRegion.CROWN));
        fill(g, FOREHEAD, plumage.fill(BodyRegion.FOREHEAD));
        fill(g, THROAT, plumage.fill(BodyRegion.THROAT));
        plumage.eyeRing().ifPresent(ring -> fill(g, BirdShape.EYE_RING, ring));
        fill(g, BirdShape.PUPIL, plumage.fill(BodyRegion.EYE));
        fill(g, shape.beak(), plumage.fill(BodyRegion.BEAK));
    }

    private static void paintWing(Graphics2D g, Plumage plumage) {
        Color wing = plumage.fill(BodyRegion.WING);
        fill(g, BirdShape.WING, wing);
        Graphics2D marks = (Graphics2D) g.create();
        marks.clip(BirdShape.WING);
        marks.setColor(Palette.markingOn(wing));
        if (plumage.wingPattern().equals("bars")) {
            marks.setStroke(BAR);
            for (double x : BirdShape.WING_BAR_X) {
                marks.draw(new Line2D.Double(x - 2, -9, x + 2, 15));
            }
        } else if (plumage.wingPattern().equals("spots")) {
            BirdShape.WING_SPOTS.forEach(p -> marks.fill(circle(p, MARK_RADIUS)));
        }
        marks.dispose();
        g.setColor(Plumage.outline(wing));
        g.setStroke(WING_OUTLINE);
        g.draw(BirdShape.WING);
    }

    private static Area clipped(Shape shape, Shape to) {
        Area area = new Area(shape);
        area.intersect(new Area(to));
        return area;
    }

    private static Area union(Shape a, Shape b) {
        Area area = new Area(a);
        area.add(new Area(b));
        return area;
    }

    private static void fill(Graphics2D g, Shape shape, Color colour) {
        g.setColor(colour);
        g.fill(shape);
    }

    private static Shape circle(Point2D centre, double r) {
        return new Ellipse2D.Double(centre.getX() - r, centre.getY() - r, 2 * r, 2 * r);
    }
}
