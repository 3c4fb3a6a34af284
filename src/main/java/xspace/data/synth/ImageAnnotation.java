package xspace.data.synth;

import java.util.List;
import xspace.data.BoundingBox;
import xspace.data.PartLocation;

/** What the generator knows about one rendered image: its bird's box and its 15 parts. */
public record ImageAnnotation(BoundingBox box, List<PartLocation> parts) {

    public ImageAnnotation {
        parts = List.copyOf(parts);
    }

    /** Whether any CUB part of the region is visible in this image. */
    public boolean shows(BodyRegion region) {
        return region.cubPartIds().stream().anyMatch(id -> parts.get(id - 1).visible());
    }
}
