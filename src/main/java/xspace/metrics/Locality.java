package xspace.metrics;

/**
 * Locality of a heatmap source over parts (paper §4.1): for one x-feature, the part masses S_p are
 * summed over the images, normalised to a distribution s over the 16 regions (15 parts and
 * context), and H = −Σ_p s_p log s_p; 0 when everything falls on one part, log k when it is spread
 * evenly over k. A module's locality is the mean of its x-features' H.
 */
public final class Locality {

    private final double[] total = new double[VoronoiParts.REGIONS];

    /** Adds one image's heatmap (normalised to sum 1) with that image's regions. */
    public void add(VoronoiParts parts, float[] heatmap) {
        double[] mass = parts.partMass(heatmap);
        for (int p = 0; p < mass.length; p++) {
            total[p] += mass[p];
        }
    }

    /** The distribution over regions so far. */
    public double[] distribution() {
        double sum = 0;
        for (double m : total) {
            sum += m;
        }
        double[] s = new double[total.length];
        for (int p = 0; p < s.length; p++) {
            s[p] = sum == 0 ? 0 : total[p] / sum;
        }
        return s;
    }

    /** H = −Σ s_p log s_p (natural log); NaN when nothing was added. */
    public double entropy() {
        double[] s = distribution();
        double h = 0;
        boolean any = false;
        for (double p : s) {
            if (p > 0) {
                h -= p * Math.log(p);
                any = true;
            }
        }
        return any ? h : Double.NaN;
    }

    /** The mean H of several sources (a module's x-features), those with nothing added left out; NaN if none. */
    public static double mean(Locality[] sources) {
        return java.util.Arrays.stream(sources).mapToDouble(Locality::entropy).filter(Double::isFinite).average()
                .orElse(Double.NaN);
    }
}
