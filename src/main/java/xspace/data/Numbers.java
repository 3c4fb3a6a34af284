package xspace.data;

/** Formats coordinates for messages the way the dataset files write them, without noise digits. */
final class Numbers {

    private Numbers() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }

    static String format(BoundingBox box) {
        return "(" + format(box.x()) + ", " + format(box.y()) + ", " + format(box.width()) + ", "
                + format(box.height()) + ")";
    }
}
