package xspace.data.synth;

import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import xspace.data.CubParts;
import xspace.data.PartLocation;

/**
 * The 15 CUB part annotations of a scene, from the renderer's own geometry: each region's
 * anchor mapped through the pose's transform. A part is invisible when it is on the far side
 * (the right eye, leg and wing of a bird facing left; the left ones of a bird facing right),
 * when the occluder covers it, or when it falls outside the image.
 */
public final class PartAnnotator {

    private PartAnnotator() {
    }

    /** The 15 parts in CUB order (ids 1 to 15); invisible parts are at (0, 0). */
    public static List<PartLocation> annotate(Scene scene) {
        AffineTransform birdToImage = scene.pose().birdToImage();
        List<PartLocation> parts = new ArrayList<>(CubParts.COUNT);
        for (int id = 1; id <= CubParts.COUNT; id++) {
            parts.add(locate(scene, birdToImage, id));
        }
        return List.copyOf(parts);
    }

    private static PartLocation locate(Scene scene, AffineTransform birdToImage, int partId) {
        BodyRegion region = BodyRegion.ofCubPart(partId);
        String name = CubParts.NAMES.get(partId - 1);
        if (!name.equals(region.visiblePart(scene.pose().facingRight()))) {
            return hidden(partId);
        }
        Point2D point = birdToImage.transform(scene.shape().anchor(region), null);
        boolean covered = scene.occluder().map(o -> o.covers(point)).orElse(false);
        boolean inside = point.getX() >= 0 && point.getY() >= 0
                && point.getX() < scene.size() && point.getY() < scene.size();
        return covered || !inside ? hidden(partId) : new PartLocation(partId, point.getX(), point.getY(), true);
    }

    private static PartLocation hidden(int partId) {
        return new PartLocation(partId, 0, 0, false);
    }
}
