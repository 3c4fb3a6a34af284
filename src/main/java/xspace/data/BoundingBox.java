package xspace.data;

/** An axis-aligned box in pixels, origin at the top-left of the image, as in bounding_boxes.txt. */
public record BoundingBox(double x, double y, double width, double height) {

    public boolean contains(double px, double py) {
        return px >= x && py >= y && px <= x + width && py <= y + height;
    }

    /** Whether the box lies within an image of the given size (one pixel of tolerance). */
    public boolean within(int imageWidth, int imageHeight) {
        return x >= -1 && y >= -1 && x + width <= imageWidth + 1 && y + height <= imageHeight + 1
                && width > 0 && height > 0;
    }
}
