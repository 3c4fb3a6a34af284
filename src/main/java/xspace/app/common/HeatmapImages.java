package xspace.app.common;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import xspace.attribution.Colormap;
import xspace.attribution.Heatmap;
import xspace.attribution.HeatmapRenderer;

/** Heatmaps blended over their image as the paper displays them, as JavaFX images. */
public final class HeatmapImages {

    private HeatmapImages() {
    }

    public static List<Image> render(BufferedImage picture, List<Heatmap> heatmaps, Colormap colormap) {
        HeatmapRenderer renderer = new HeatmapRenderer(colormap);
        List<Image> out = new ArrayList<>(heatmaps.size());
        for (Heatmap h : heatmaps) {
            out.add(SwingFXUtils.toFXImage(renderer.overlay(picture, h), null));
        }
        return out;
    }
}
