package xspace.data.synth;

import java.awt.geom.AffineTransform;

/**
 * Where and how a bird stands in the image: the image point its frame's origin goes to, pixels
 * per bird unit, a small rotation (radians) and which way it faces. A bird facing right is the
 * mirror image of one facing left, so it shows its right side.
 */
public record Pose(double x, double y, double scale, double rotation, boolean facingRight) {

    /** Maps bird units to image pixels; everything drawn and annotated goes through it. */
    public AffineTransform birdToImage() {
        AffineTransform transform = AffineTransform.getTranslateInstance(x, y);
        transform.rotate(rotation);
        transform.scale(facingRight ? -scale : scale, scale);
        return transform;
    }
}
