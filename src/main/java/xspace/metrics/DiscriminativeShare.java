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

    /**
     * The share of one image's explanation: each x-feature map's share weighted by the x-feature's
     * contribution v_i·E_i where it is positive, as the image view ranks and draws them (an
     * x-feature that is silent or speaks against the class on this image adds nothing). NaN when no
     * x-feature contributes positively.
     */
    public static double ofExplanation(VoronoiParts parts, float[][] maps, double[] contributions,
            Collection<Integer> partIds) {
        if (maps.length != contributions.length) {
            throw new IllegalArgumentException(maps.length + " maps for " + contributions.length + " contributions");
        }
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < maps.length; i++) {
            if (contributions[i] > 0) {
                weighted += contributions[i] * of(parts, maps[i], partIds);
                weights += contributions[i];
            }
        }
        return weights == 0 ? Double.NaN : weighted / weights;
    }
}
