package xspace.data;

import java.util.List;
import java.util.Objects;

/**
 * One image of a CUB-layout dataset as its text files describe it: no pixels, which are read from
 * disk only when asked for (see {@link CubDataset#loadImage}).
 *
 * @param id           the image id of images.txt
 * @param relativePath the path under {@code images/}, e.g. {@code 001.Black_footed_Albatross/x.jpg}
 * @param classId      the class id of image_class_labels.txt
 * @param training     whether train_test_split.txt puts the image in the training set
 * @param box          the bounding box; {@code null} only when a lenient read ignored a bad box
 * @param parts        one location per part, in part-id order (invisible parts included)
 */
public record BirdImage(int id, String relativePath, int classId, boolean training, BoundingBox box,
                        List<PartLocation> parts) {

    public BirdImage {
        Objects.requireNonNull(relativePath, "relativePath");
        parts = List.copyOf(parts);
    }

    /** The location of a part by its 1-based part id. */
    public PartLocation part(int partId) {
        return parts.get(partId - 1);
    }

    /** The parts annotated as visible; invisible parts carry no meaningful location. */
    public List<PartLocation> visibleParts() {
        return parts.stream().filter(PartLocation::visible).toList();
    }

    public boolean hasBox() {
        return box != null;
    }
}
