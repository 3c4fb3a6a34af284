package xspace.gpu;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.attribution.CachedHeatmaps;
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

/**
 * Computes and caches the c-MWP maps of every x-feature of a module for every image of a dataset,
 * under the keys every other caller reads them by. Images whose maps are all cached are skipped,
 * so a cancelled run resumes. On the GPU executor a batch of images goes down in one pass; on the
 * CPU path image by image. Returns how many images it computed.
 */
public final class AllImagesHeatmaps implements ProgressTask<Integer> {

    private final CubDataset dataset;
    private final MwpSource source;
    private final CachedHeatmaps keys;
    private final HeatmapCache cache;
    private final List<Target> targets = new ArrayList<>();
    private final int batchSize;

    public AllImagesHeatmaps(CubDataset dataset, MwpSource source, ExplanationModule module, HeatmapCache cache,
            int batchSize) {
        this.dataset = dataset;
        this.source = source;
        this.keys = new CachedHeatmaps(source, module, cache);
        this.cache = cache;
        this.batchSize = batchSize;
        for (int i = 0; i < module.info().n(); i++) {
            targets.add(Target.xFeature(i));
        }
    }

    @Override
    public Integer run(TaskMonitor monitor) throws Exception {
        List<BirdImage> images = dataset.images();
        int computed = 0;
        for (int start = 0; start < images.size(); start += batchSize) {
            monitor.checkCancelled();
            List<BirdImage> batch = new ArrayList<>();
            for (BirdImage image : images.subList(start, Math.min(images.size(), start + batchSize))) {
                if (!cached(image)) {
                    batch.add(image);
                }
            }
            if (!batch.isEmpty()) {
                compute(batch);
                computed += batch.size();
            }
            int done = Math.min(images.size(), start + batchSize);
            monitor.progress(done, images.size(), "x-feature maps of image " + done + " of " + images.size());
        }
        cache.trim();
        return computed;
    }

    private void compute(List<BirdImage> batch) throws java.io.IOException {
        List<BufferedImage> pictures = new ArrayList<>();
        for (BirdImage image : batch) {
            pictures.add(dataset.loadImage(image));
        }
        List<LayerMaps> maps;
        if (source instanceof GpuExecutor gpu) {
            maps = gpu.maps(source.cnn().preprocessor().batch(pictures), targets, true);
        } else {
            maps = new ArrayList<>();
            for (BufferedImage picture : pictures) {
                INDArray input = source.cnn().preprocessor().batch(List.of(picture));
                maps.add(source.contrastiveMwp(input, targets));
            }
        }
        for (int i = 0; i < batch.size(); i++) {
            List<Heatmap> heatmaps = maps.get(i).toHeatmaps(pictures.get(i).getWidth(), pictures.get(i).getHeight());
            for (int t = 0; t < targets.size(); t++) {
                cache.put(key(batch.get(i), targets.get(t)), heatmaps.get(t));
            }
        }
    }

    private boolean cached(BirdImage image) {
        for (Target target : targets) {
            if (!java.nio.file.Files.exists(cache.pathOf(key(image, target)))) {
                return false;
            }
        }
        return true;
    }

    private HeatmapKey key(BirdImage image, Target target) {
        return keys.key(HeatmapKey.ofImage(image.id()), target, true);
    }
}
