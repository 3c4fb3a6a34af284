package xspace.explain;

/**
 * Layer widths of an explanation module: Z → hidden1 → hidden2 → n x-features, the decoder
 * mirrored. The paper's 800 and 100 belong to a Z of 4,096 units; for another |Z| the first width
 * follows the square root of |Z| and the second is an eighth of the first:
 * hidden1 = round(800·√(|Z|/4096)), hidden2 = round(hidden1/8), never below 4n and 2n, never above
 * 800 and 100 (256 → 200 → 25 for the demo). Measured against a reference implementation, widths
 * proportional to |Z| (50-10 at 256) were too narrow to be faithful on held-out images.
 */
public record ModuleShape(int zSize, int hidden1, int hidden2, int n) {

    /** Hidden widths given instead of derived from |Z|. */
    public record Widths(int hidden1, int hidden2) {

        public Widths {
            if (hidden1 < 1 || hidden2 < 1) {
                throw new IllegalArgumentException("hidden widths must be positive, found " + hidden1 + "," + hidden2);
            }
        }
    }

    /** The given widths, or those of {@link #forZ(int, int)} when {@code widths} is null. */
    public static ModuleShape forZ(int zSize, int n, Widths widths) {
        return widths == null ? forZ(zSize, n) : new ModuleShape(zSize, widths.hidden1(), widths.hidden2(), n);
    }

    public static ModuleShape forZ(int zSize, int n) {
        int hidden1 = clamp((int) Math.round(800 * Math.sqrt(zSize / 4096.0)), 4 * n, 800);
        int hidden2 = clamp((int) Math.round(hidden1 / 8.0), 2 * n, 100);
        return new ModuleShape(zSize, hidden1, hidden2, n);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
