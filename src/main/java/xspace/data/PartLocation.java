package xspace.data;

/** One annotated part of one image (parts/part_locs.txt); an invisible part has no location. */
public record PartLocation(int partId, double x, double y, boolean visible) {

    public String name() {
        return CubParts.NAMES.get(partId - 1);
    }
}
