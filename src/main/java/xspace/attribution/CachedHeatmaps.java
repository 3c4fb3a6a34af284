package xspace.attribution;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleNetwork;
import xspace.model.Fingerprint;

/**
 * Heatmaps of an image through a cache: the targets found on disk are read, and if any is
 * missing all of them are computed in one pass (sharing the forward pass costs less than a
 * second look-up would save) and stored, at their layer's size (see {@link LayerMaps#atLayerSize}).
 */
public final class CachedHeatmaps {

    /** Excitation Backprop passes run by this process, to check that callers share the cache. */
    private static final java.util.concurrent.atomic.LongAdder PASSES = new java.util.concurrent.atomic.LongAdder();

    private final MwpSource backprop;
    private final HeatmapCache cache;
    private final String cnnFingerprint;
    private final String moduleKey;

    /** @param cache where heatmaps are kept, or null to always compute */
    public CachedHeatmaps(MwpSource backprop, ExplanationModule module, HeatmapCache cache) {
        this.backprop = backprop;
        this.cache = cache;
        String fingerprint = backprop.cnn().info().fingerprint();
        this.cnnFingerprint = fingerprint != null ? fingerprint : Fingerprint.of(backprop.cnn().network());
        this.moduleKey = module == null ? HeatmapKey.NO_MODULE : moduleKey(module);
    }

    /** One heatmap per target at the image's size; c-MWP when {@code contrastive}, else MWP. */
    public List<Heatmap> heatmaps(BufferedImage image, String imageKey, List<Target> targets, boolean contrastive)
            throws IOException {
        List<HeatmapKey> keys = targets.stream().map(t -> key(imageKey, t, contrastive)).toList();
        List<Heatmap> found = cache == null ? List.of() : cached(keys);
        if (found.size() == targets.size()) {
            return found.stream().map(h -> LayerMaps.atImageSize(h, image.getWidth(), image.getHeight())).toList();
        }
        PASSES.increment();
        var input = backprop.cnn().preprocessor().batch(List.of(image));
        LayerMaps maps = contrastive ? backprop.contrastiveMwp(input, targets) : backprop.mwp(input, targets);
        if (cache != null) {
            List<Heatmap> kept = maps.atLayerSize();
            for (int i = 0; i < keys.size(); i++) {
                cache.put(keys.get(i), kept.get(i));
            }
        }
        return maps.toHeatmaps(image.getWidth(), image.getHeight());
    }

    /** What computes the maps this cache lacks. */
    public MwpSource source() {
        return backprop;
    }

    /** How many times this process has computed heatmaps rather than read them from a cache. */
    public static long passes() {
        return PASSES.sum();
    }

    /** The module's version (its id and fingerprint), so that every caller finds the others' maps. */
    private static String moduleKey(ExplanationModule module) {
        ModuleInfo info = module.info();
        if (info != null && info.fingerprint() != null) {
            return HeatmapKey.moduleKey(info.moduleId(), info.fingerprint());
        }
        return HeatmapKey.moduleKey(info == null ? "module" : info.moduleId(),
                Fingerprint.of(ModuleNetwork.encoderPredictor(module.parameters())));
    }

    public HeatmapKey key(String imageKey, Target target, boolean contrastive) {
        return new HeatmapKey(cnnFingerprint, moduleKey, imageKey, target, backprop.heatmapLayer(), contrastive);
    }

    private List<Heatmap> cached(List<HeatmapKey> keys) throws IOException {
        List<Heatmap> found = new ArrayList<>();
        for (HeatmapKey key : keys) {
            Optional<Heatmap> heatmap = cache.get(key);
            if (heatmap.isEmpty()) {
                return List.of();
            }
            found.add(heatmap.get());
        }
        return found;
    }
}
