package xspace.explain;

/**
 * Layer widths of an explanation module: Z → hidden1 → hidden2 → n x-features, the decoder
 * mirrored. The paper's 800 and 100 belong to a Z of 4,096 units; for other widths both scale with
 * |Z| (800/4096 and 100/4096 of it), never below 4n and 2n, never above 800 and 100.
 */
public record ModuleShape(int zSize, int hidden1, int hidden2, int n) {

    public static ModuleShape forZ(int zSize, int n) {
        int hidden1 = clamp((int) Math.round(zSize * 800.0 / 4096), 4 * n, 800);
        int hidden2 = clamp((int) Math.round(zSize * 100.0 / 4096), 2 * n, 100);
        return new ModuleShape(zSize, hidden1, hidden2, n);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
