package xspace.attribution;

import java.util.ArrayList;
import java.util.List;

/**
 * Excitation Backprop maps at the heatmap layer, one per target, summed over channels: each a
 * row-major {@code height × width} array.
 */
public record LayerMaps(float[][] maps, int height, int width) {

    public int count() {
        return maps.length;
    }

    /**
     * Each map at the layer's own size, clamped at 0 and normalised to sum 1: what the heatmap
     * cache keeps (a few hundred values instead of an image's), brought to an image's size on
     * reading by {@link #atImageSize}.
     */
    public List<Heatmap> atLayerSize() {
        return toHeatmaps(width, height);
    }

    /**
     * A heatmap read from the cache at an image's size: resized if it was kept at its layer's
     * size, as it is if it was kept at the image's (as caches written before did).
     */
    public static Heatmap atImageSize(Heatmap kept, int imageWidth, int imageHeight) {
        if (kept.width() == imageWidth && kept.height() == imageHeight) {
            return kept;
        }
        return Heatmap.fromLayerMap(kept.values(), kept.height(), kept.width(), imageWidth, imageHeight);
    }

    /** Each map resized (bilinear) to an image of the given size and normalised to sum 1. */
    public List<Heatmap> toHeatmaps(int imageWidth, int imageHeight) {
        List<Heatmap> heatmaps = new ArrayList<>();
        for (float[] map : maps) {
            heatmaps.add(Heatmap.fromLayerMap(map, height, width, imageWidth, imageHeight));
        }
        return heatmaps;
    }
}
