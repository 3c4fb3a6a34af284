package xspace.workspace.session;

import java.awt.image.BufferedImage;
import java.io.IOException;
import xspace.attribution.Colormap;
import xspace.attribution.HeatmapRenderer;
import xspace.data.BirdImage;
import xspace.explain.ExplanationModule;

/**
 * One x-feature's heatmap drawn over a gallery image, as the image view draws it: c-MWP at the
 * chosen layer, blended in the chosen colormap. The heatmap service caches every x-feature's map
 * of an image on disk, so stepping to the next x-feature recomputes nothing.
 */
public record XFeatureOverlay(HeatmapService service, ExplanationModule module, int feature, String layer, Colormap colormap)
        implements ImageOverlay {

    @Override
    public String key() {
        // The module object itself, not only its id: a module retrained under the same id draws anew.
        return module.info().id() + "@" + System.identityHashCode(module) + "/" + feature + "/" + layer + "/"
                + colormap;
    }

    @Override
    public BufferedImage draw(BirdImage image, BufferedImage picture) throws IOException {
        return new HeatmapRenderer(colormap).overlay(picture,
                service.xFeatureHeatmaps(module, image, picture, layer).get(feature));
    }
}
