package xspace.attribution;

/**
 * Colour maps for heatmaps: JET, as the paper's figures use, and VIRIDIS, perceptually uniform
 * and readable with colour-vision deficiencies. Each maps a value in [0, 1] to packed RGB.
 */
public enum Colormap {

    /** MATLAB's jet: dark blue, blue, cyan, yellow, red, dark red, piecewise linear. */
    JET {
        @Override
        public int rgb(double value) {
            double t = clamp(value);
            return pack(jetChannel(t - 0.25), jetChannel(t), jetChannel(t + 0.25));
        }
    },

    /** matplotlib's viridis, interpolated from 33 entries of its published 256-entry table. */
    VIRIDIS {
        @Override
        public int rgb(double value) {
            double position = clamp(value) * (ViridisTable.ENTRIES.length - 1);
            int low = (int) Math.floor(position);
            int high = Math.min(low + 1, ViridisTable.ENTRIES.length - 1);
            double f = position - low;
            double[] a = ViridisTable.ENTRIES[low];
            double[] b = ViridisTable.ENTRIES[high];
            return pack(a[0] + f * (b[0] - a[0]), a[1] + f * (b[1] - a[1]), a[2] + f * (b[2] - a[2]));
        }
    };

    /** Packed 0xRRGGBB of a value in [0, 1] (values outside are clamped). */
    public abstract int rgb(double value);

    public static Colormap parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected jet or viridis as the colormap, found '" + name + "'");
        }
    }

    /** The green channel of jet at t; red is this at t − 1/4 and blue at t + 1/4. */
    private static double jetChannel(double t) {
        return clamp(Math.min(4 * t - 0.5, -4 * t + 3.5));
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    private static int pack(double r, double g, double b) {
        return (channel(r) << 16) | (channel(g) << 8) | channel(b);
    }

    private static int channel(double v) {
        return (int) Math.round(255 * clamp(v));
    }
}
