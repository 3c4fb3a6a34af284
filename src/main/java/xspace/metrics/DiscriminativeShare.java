package xspace.metrics;

import java.util.Collection;

/**
 * Beyond the paper, for datasets that know which parts tell a species apart (synthetic birds):
 * the share of a heatmap's mass that falls in the Voronoi cells of those parts.
 */
public final class DiscriminativeShare {

    private DiscriminativeShare() {
    }

    /** Mass of the heatmap (summing to 1) on pixels whose cell belongs to one of {@code partIds} (1-based). */
    public static double of(VoronoiParts parts, float[] heatmap, Collection<Integer> partIds) {
        double inside = 0;
        double total = 0;
        for (int y = 0; y < parts.height(); y++) {
            for (int x = 0; x < parts.width(); x++) {
                float value = heatmap[y * parts.width() + x];
                total += value;
                if (partIds.contains(parts.region(x, y) + 1)) {
                    inside += value;
                }
            }
        }
        return total == 0 ? 0 : inside / total;
    }
}
