package xspace.workspace.session;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.attribution.CachedHeatmaps;
import xspace.attribution.Colormap;
import xspace.attribution.ExcitationBackprop;
import xspace.attribution.Heatmap;
import xspace.attribution.HeatmapCache;
import xspace.attribution.HeatmapKey;
import xspace.attribution.LayerMaps;
import xspace.attribution.MwpSource;
import xspace.attribution.Target;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.engine.ProgressTask;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationModule;
import xspace.gpu.AllImagesHeatmaps;
import xspace.gpu.GpuExecutor;
import xspace.gpu.GpuExecutors;
import xspace.model.ExplainedCnn;
import xspace.workspace.Workspace;

/**
 * The heatmaps of one image (paper §2.4): c-MWP from the class score ŷ_j, the "Excitation BP on ŷ"
 * baseline, and from every x-feature of a module, all n in one pass, read at a chosen layer of the
 * network, through the workspace's heatmap cache. The network is loaded on first use. Passes run
 * one at a time, since a DL4J network must not run two forward passes at once. Call off the FX
 * thread.
 */
public final class HeatmapService {

    /** What the image view and the report show for one image, read at {@code layer}. */
    public record ImageHeatmaps(String layer, Heatmap classScore, List<Heatmap> xFeatures) {

        /** The class score's map first, then the x-features' in x-feature order. */
        public List<Heatmap> all() {
            List<Heatmap> all = new ArrayList<>(xFeatures.size() + 1);
            all.add(classScore);
            all.addAll(xFeatures);
            return all;
        }
    }

    private static final int ALL_IMAGES_BATCH = 32;

    private final Workspace workspace;
    private final HeatmapCache cache;
    /** One Excitation Backprop per module (or class score) and layer: each keeps its positive twin. */
    private final Map<String, CachedHeatmaps> passes = new ConcurrentHashMap<>();
    private ExplainedCnn cnn;

    public HeatmapService(Workspace workspace) {
        this.workspace = workspace;
        this.cache = new HeatmapCache(workspace.heatmapCacheDir());
    }

    /** The workspace's heatmap cache, whose limit the application sets and which it can clear. */
    public HeatmapCache cache() {
        return cache;
    }

    /**
     * The layers below Z whose output is a spatial map, lowest first: the ones Excitation Backprop
     * accepts as heatmap layer. Asked of the attribution package itself, so the list cannot drift
     * from the layer types it supports.
     */
    public synchronized List<String> layers() {
        return ExcitationBackprop.heatmapLayers(cnn());
    }

    public synchronized String defaultLayer() {
        return ExcitationBackprop.defaultHeatmapLayer(cnn());
    }

    /**
     * The class score's and every x-feature's heatmap of the module on the image, at the image's
     * size; {@code layer} null reads them at the default layer.
     */
    public synchronized ImageHeatmaps heatmaps(ExplanationModule module, BirdImage image, BufferedImage picture, String layer,
            TaskMonitor monitor) throws IOException {
        String at = layer == null ? defaultLayer() : layer;
        String imageKey = HeatmapKey.ofImage(image.id());
        monitor.progress(0, "Excitation BP of ŷ on " + image.relativePath());
        Heatmap classScore = classScorePass(at).heatmaps(picture, imageKey,
                List.of(Target.logit(module.info().classIndex())), true).get(0);
        monitor.checkCancelled();
        monitor.progress(0.5, "Heatmaps of the x-features on " + image.relativePath());
        List<Target> targets = IntStream.range(0, module.info().n()).mapToObj(Target::xFeature).toList();
        List<Heatmap> xFeatures = xFeaturePass(module, at).heatmaps(picture, imageKey, targets, true);
        monitor.progress(1, "Heatmaps of " + image.relativePath());
        return new ImageHeatmaps(at, classScore, xFeatures);
    }

    /** Every x-feature's heatmap of the module on the image (for the gallery: no ŷ_j map). */
    public synchronized List<Heatmap> xFeatureHeatmaps(ExplanationModule module, BirdImage image, BufferedImage picture,
            String layer) throws IOException {
        String at = layer == null ? defaultLayer() : layer;
        List<Target> targets = IntStream.range(0, module.info().n()).mapToObj(Target::xFeature).toList();
        return xFeaturePass(module, at).heatmaps(picture, HeatmapKey.ofImage(image.id()), targets, true);
    }

    /**
     * Every image's x-feature maps of the module at the layer into the cache, as {@code heatmaps
     * --all} computes them, through this service's own Excitation Backprop: one batch (on the GPU
     * executor) or one image at a time, so that the views' requests are answered in between.
     * Returns how many images it computed; the others were cached.
     */
    public ProgressTask<Integer> allImages(ExplanationModule module, String layer, CubDataset dataset) {
        return monitor -> {
            MwpSource shared;
            synchronized (this) {
                shared = xFeaturePass(module, layer == null ? defaultLayer() : layer).source();
            }
            return new AllImagesHeatmaps(dataset, new TurnTaking(shared), module, cache, ALL_IMAGES_BATCH).run(monitor);
        };
    }

    /** A source used under this service's lock, call by call. */
    private final class TurnTaking implements MwpSource {
        private final MwpSource shared;

        TurnTaking(MwpSource shared) {
            this.shared = shared;
        }

        @Override
        public ExplainedCnn cnn() {
            return shared.cnn();
        }

        @Override
        public String heatmapLayer() {
            return shared.heatmapLayer();
        }

        @Override
        public LayerMaps mwp(INDArray input, List<Target> targets) {
            synchronized (HeatmapService.this) {
                return shared.mwp(input, targets);
            }
        }

        @Override
        public LayerMaps contrastiveMwp(INDArray input, List<Target> targets) {
            synchronized (HeatmapService.this) {
                return shared.contrastiveMwp(input, targets);
            }
        }

        /** A batch in one turn where the source computes it in one pass; else a turn per image. */
        @Override
        public List<LayerMaps> contrastiveMwpOfEach(INDArray batch, List<Target> targets) {
            if (!(shared instanceof GpuExecutor)) {
                return MwpSource.super.contrastiveMwpOfEach(batch, targets);
            }
            synchronized (HeatmapService.this) {
                return shared.contrastiveMwpOfEach(batch, targets);
            }
        }
    }

    /** Without a module, so that ŷ_j's maps are cached once for all methods, as the evaluation caches them. */
    private CachedHeatmaps classScorePass(String layer) {
        return passes.computeIfAbsent("class-score/" + layer,
                k -> new CachedHeatmaps(GpuExecutors.mwpSource(cnn(), null, layer), null, cache));
    }

    private CachedHeatmaps xFeaturePass(ExplanationModule module, String layer) {
        return passes.computeIfAbsent(module.info().versionId() + "/" + layer,
                k -> new CachedHeatmaps(GpuExecutors.mwpSource(cnn(), module, layer), module, cache));
    }

    private ExplainedCnn cnn() {
        if (cnn == null) {
            cnn = workspace.cnn();
        }
        return cnn;
    }
}
