package xspace.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import xspace.attribution.CachedHeatmaps;
import xspace.attribution.Colormap;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.Heatmap;
import xspace.attribution.HeatmapCache;
import xspace.attribution.HeatmapRenderer;
import xspace.attribution.Target;
import xspace.data.BirdImage;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationModule;
import xspace.model.ExplainedCnn;
import xspace.workspace.Workspace;

/**
 * The image view's heatmaps: c-MWP from every x-feature of a module to the pixels of one image
 * (paper §2.4), all n in one pass through {@code xspace.attribution}, read from and kept in the
 * workspace's heatmap cache. The network is loaded on first use. Passes run one at a time, since
 * a DL4J network must not run two forward passes at once. Call off the FX thread.
 */
final class HeatmapService {

    private final Workspace workspace;
    private final HeatmapCache cache;
    private final Map<String, CachedHeatmaps> byModule = new ConcurrentHashMap<>();
    private ExplainedCnn cnn;

    HeatmapService(Workspace workspace) {
        this.workspace = workspace;
        this.cache = new HeatmapCache(workspace.heatmapCacheDir());
    }

    /** The heatmap of every x-feature of the module on the image, in x-feature order, at the image's size. */
    synchronized List<Heatmap> heatmaps(ExplanationModule module, BirdImage image, BufferedImage picture,
            TaskMonitor monitor) throws IOException {
        monitor.progress(0, "Heatmaps of " + image.relativePath());
        CachedHeatmaps heatmaps = byModule.computeIfAbsent(module.info().id(),
                id -> new CachedHeatmaps(new ExcitationBackprop(cnn(), module, null), module, cache));
        monitor.checkCancelled();
        List<Target> targets = IntStream.range(0, module.info().n()).mapToObj(Target::xFeature).toList();
        List<Heatmap> maps = heatmaps.heatmaps(picture, String.valueOf(image.id()), targets, true);
        monitor.progress(1, "Heatmaps of " + image.relativePath());
        return maps;
    }

    /** The heatmaps blended over the image as the paper displays them, in the chosen colormap. */
    static List<Image> render(BufferedImage picture, List<Heatmap> heatmaps, Colormap colormap) {
        HeatmapRenderer renderer = new HeatmapRenderer(colormap);
        List<Image> out = new ArrayList<>(heatmaps.size());
        for (Heatmap h : heatmaps) {
            out.add(SwingFXUtils.toFXImage(renderer.overlay(picture, h), null));
        }
        return out;
    }

    private ExplainedCnn cnn() {
        if (cnn == null) {
            cnn = workspace.cnn();
        }
        return cnn;
    }
}
