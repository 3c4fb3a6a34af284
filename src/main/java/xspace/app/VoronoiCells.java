package xspace.app;

import java.util.List;
import xspace.data.BoundingBox;
import xspace.data.PartLocation;

/**
 * The Voronoi cells of an image's visible parts inside its bounding box, as the first row of the
 * paper's Fig. 3(a) shows them: each pixel of the box belongs to the nearest visible part. For
 * display only; the locality metric computes its own partition (with the "context" part and the
 * per-cell distance weights) in {@code xspace.metrics}.
 */
final class VoronoiCells {

    /** Label of pixels outside the box or when no part is visible. */
    static final int OUTSIDE = -1;

    private VoronoiCells() {
    }

    /**
     * Per pixel (row-major, {@code width × height}), the index into {@code parts} of the nearest
     * part, or {@link #OUTSIDE}.
     */
    static int[] labels(int width, int height, BoundingBox box, List<PartLocation> parts) {
        int[] labels = new int[width * height];
        java.util.Arrays.fill(labels, OUTSIDE);
        if (box == null || parts.isEmpty()) {
            return labels;
        }
        int x0 = Math.max(0, (int) Math.floor(box.x()));
        int y0 = Math.max(0, (int) Math.floor(box.y()));
        int x1 = Math.min(width - 1, (int) Math.ceil(box.x() + box.width()));
        int y1 = Math.min(height - 1, (int) Math.ceil(box.y() + box.height()));
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                labels[y * width + x] = nearest(parts, x, y);
            }
        }
        return labels;
    }

    /** Pixels whose right or lower neighbour lies in another cell (the box's edge included). */
    static boolean[] borders(int[] labels, int width, int height) {
        boolean[] border = new boolean[labels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int here = labels[y * width + x];
                if (here == OUTSIDE) {
                    continue;
                }
                boolean right = x + 1 < width && labels[y * width + x + 1] != here;
                boolean down = y + 1 < height && labels[(y + 1) * width + x] != here;
                boolean left = x == 0 || labels[y * width + x - 1] == OUTSIDE;
                boolean up = y == 0 || labels[(y - 1) * width + x] == OUTSIDE;
                border[y * width + x] = right || down || left || up;
            }
        }
        return border;
    }

    private static int nearest(List<PartLocation> parts, double x, double y) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int p = 0; p < parts.size(); p++) {
            double dx = parts.get(p).x() - x;
            double dy = parts.get(p).y() - y;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }
}
