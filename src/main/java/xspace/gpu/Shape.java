package xspace.gpu;

/**
 * The shape of one image's activations at a step: channels × height × width for a spatial map
 * (always held channels-first on the device), or a flat vector of {@code channels} units.
 */
public record Shape(int channels, int height, int width, boolean spatial) {

    public static Shape map(int channels, int height, int width) {
        return new Shape(channels, height, width, true);
    }

    public static Shape flat(int units) {
        return new Shape(units, 1, 1, false);
    }

    /** Values per image. */
    public int size() {
        return channels * height * width;
    }

    @Override
    public String toString() {
        return spatial ? channels + "×" + height + "×" + width : Integer.toString(channels);
    }
}
