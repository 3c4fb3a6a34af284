package xspace.data;

/** The size of an image in pixels, as its file header states it. */
public record ImageSize(int width, int height) {

    public long pixels() {
        return (long) width * height;
    }

    /**
     * Whether a point lies in the image; one pixel of tolerance because annotators clicked on
     * pixel centres and some tools count from 1.
     */
    public boolean contains(double x, double y) {
        return x >= -1 && y >= -1 && x <= width + 1 && y <= height + 1;
    }

    @Override
    public String toString() {
        return width + "×" + height;
    }
}
