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

    /** Each map resized (bilinear) to an image of the given size and normalised to sum 1. */
    public List<Heatmap> toHeatmaps(int imageWidth, int imageHeight) {
        List<Heatmap> heatmaps = new ArrayList<>();
        for (float[] map : maps) {
            heatmaps.add(Heatmap.fromLayerMap(map, height, width, imageWidth, imageHeight));
        }
        return heatmaps;
    }
}
