package xspace.data;

import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * The optional binary attributes of a CUB-layout dataset (attributes/): their names and, per
 * image, which are present. Attribute {@code id} is bit {@code id - 1} of an image's set.
 */
public final class CubAttributes {

    private final List<String> names;
    private final Map<Integer, BitSet> presentByImage;

    CubAttributes(List<String> names, Map<Integer, BitSet> presentByImage) {
        this.names = List.copyOf(names);
        this.presentByImage = Map.copyOf(presentByImage);
    }

    /** Attribute names in id order, e.g. {@code has_bill_shape::curved_(up_or_down)}. */
    public List<String> names() {
        return names;
    }

    public int count() {
        return names.size();
    }

    /** The attributes present in an image (a copy); empty when the image has no labels. */
    public BitSet presentIn(int imageId) {
        BitSet present = presentByImage.get(imageId);
        return present == null ? new BitSet() : (BitSet) present.clone();
    }

    public boolean isPresent(int imageId, int attributeId) {
        BitSet present = presentByImage.get(imageId);
        return present != null && present.get(attributeId - 1);
    }
}
