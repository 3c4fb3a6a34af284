package xspace.metrics;

import java.util.List;
import xspace.data.BoundingBox;
import xspace.data.CubParts;
import xspace.data.PartLocation;

/**
 * The part regions of one image for the locality metric (supplementary Algorithm 1): inside the
 * bounding box every pixel belongs to the Voronoi cell of its nearest visible part; pixels outside
 * the box belong to a 16th part, "context". Within a cell a pixel's weight for its part is
 * 1 − d, d being its distance to the part location divided by the largest such distance in the
 * cell (so the location itself weighs 1 and the farthest pixel of the cell 0); context pixels
 * weigh 1. Pixel (x, y) is taken at its centre (x + 0.5, y + 0.5).
 */
public final class VoronoiParts {

    /** Index of the context part in {@link #weights}: after the 15 CUB parts. */
    public static final int CONTEXT = CubParts.COUNT;
    public static final int REGIONS = CubParts.COUNT + 1;

    private final int width;
    private final int height;
    private final int[] region;
    private final float[] weight;

    private VoronoiParts(int width, int height, int[] region, float[] weight) {
        this.width = width;
        this.height = height;
        this.region = region;
        this.weight = weight;
    }

    /** Regions of an image of the given size; part coordinates in the same pixels. */
    public static VoronoiParts of(int width, int height, BoundingBox box, List<PartLocation> parts) {
        int[] region = new int[width * height];
        float[] distance = new float[width * height];
        double[] farthest = new double[REGIONS];
        List<PartLocation> visible = parts.stream().filter(PartLocation::visible).toList();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int i = y * width + x;
                double cx = x + 0.5;
                double cy = y + 0.5;
                if (box == null || visible.isEmpty() || !box.contains(cx, cy)) {
                    region[i] = CONTEXT;
                    continue;
                }
                PartLocation nearest = nearest(visible, cx, cy);
                region[i] = nearest.partId() - 1;
                distance[i] = (float) Math.hypot(cx - nearest.x(), cy - nearest.y());
                farthest[region[i]] = Math.max(farthest[region[i]], distance[i]);
            }
        }
        float[] weight = new float[width * height];
        for (int i = 0; i < weight.length; i++) {
            weight[i] = region[i] == CONTEXT || farthest[region[i]] == 0 ? 1f
                    : (float) (1 - distance[i] / farthest[region[i]]);
        }
        return new VoronoiParts(width, height, region, weight);
    }

    private static PartLocation nearest(List<PartLocation> visible, double x, double y) {
        PartLocation best = visible.get(0);
        double bestDistance = Double.MAX_VALUE;
        for (PartLocation p : visible) {
            double d = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
            if (d < bestDistance) {
                bestDistance = d;
                best = p;
            }
        }
        return best;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The region of pixel (x, y): a 0-based part index, or {@link #CONTEXT}. */
    public int region(int x, int y) {
        return region[y * width + x];
    }

    /**
     * Pixels on the edge of a part's cell, as the image view draws the cells (paper Fig. 3(a)):
     * whose right or lower neighbour lies in another region, or that touch the context or the
     * image's edge. Drawn from these same regions, so that what is shown is what locality measures.
     */
    public boolean[] borders() {
        boolean[] border = new boolean[region.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int here = region(x, y);
                if (here == CONTEXT) {
                    continue;
                }
                boolean right = x + 1 < width && region(x + 1, y) != here;
                boolean down = y + 1 < height && region(x, y + 1) != here;
                boolean left = x == 0 || region(x - 1, y) == CONTEXT;
                boolean up = y == 0 || region(x, y - 1) == CONTEXT;
                border[y * width + x] = right || down || left || up;
            }
        }
        return border;
    }

    /** P(part | pixel) for the pixel's own region. */
    public float weight(int x, int y) {
        return weight[y * width + x];
    }

    /**
     * S_p = Σ_pixels P(p | pixel) · S(pixel) for every region p (Algorithm 1, line 9), from a heatmap
     * of this image's size normalised to sum 1.
     */
    public double[] partMass(float[] heatmap) {
        if (heatmap.length != region.length) {
            throw new IllegalArgumentException("heatmap of " + heatmap.length + " pixels for an image of "
                    + region.length);
        }
        double[] mass = new double[REGIONS];
        for (int i = 0; i < heatmap.length; i++) {
            mass[region[i]] += weight[i] * heatmap[i];
        }
        return mass;
    }
}
