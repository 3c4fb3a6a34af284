package xspace.gpu;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
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
 * CPU path image by image. The next batches are read and decoded on other threads, and the maps
 * written on another, while a batch is computed: on a GPU, reading JPEGs and writing files would
 * otherwise take longer than the maps. Returns how many images it computed.
 */
public final class AllImagesHeatmaps implements ProgressTask<Integer> {

    /** Batches read ahead, each on its own thread. */
    private static final int READ_AHEAD = Math.max(2, Math.min(4, Runtime.getRuntime().availableProcessors()));

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
        for (int i = 0; i < module.parameters().shape().n(); i++) {
            targets.add(Target.xFeature(i));
        }
    }

    /** The images of one stretch of the dataset that are still to compute, and where the stretch ends. */
    private record Batch(List<BirdImage> images, int end) {
    }

    @Override
    public Integer run(TaskMonitor monitor) throws Exception {
        List<BirdImage> all = dataset.images();
        List<Batch> batches = new ArrayList<>();
        for (int start = 0; start < all.size(); start += batchSize) {
            int end = Math.min(all.size(), start + batchSize);
            batches.add(new Batch(all.subList(start, end).stream().filter(i -> !cached(i)).toList(), end));
        }
        ExecutorService readers = Executors.newFixedThreadPool(READ_AHEAD, daemon("all-images-read"));
        ExecutorService writer = Executors.newSingleThreadExecutor(daemon("all-images-write"));
        List<Future<INDArray>> inputs = new ArrayList<>();
        List<Future<?>> writes = new ArrayList<>();
        int computed = 0;
        try {
            for (int b = 0; b < batches.size(); b++) {
                while (inputs.size() < Math.min(batches.size(), b + READ_AHEAD)) {
                    Batch ahead = batches.get(inputs.size());
                    inputs.add(readers.submit(() -> read(ahead.images())));
                }
                monitor.checkCancelled();
                Batch batch = batches.get(b);
                if (!batch.images().isEmpty()) {
                    List<LayerMaps> maps = source.contrastiveMwpOfEach(done(inputs.get(b)), targets);
                    writes.add(writer.submit(() -> write(batch.images(), maps)));
                    computed += batch.images().size();
                }
                inputs.set(b, null);
                failed(writes);
                monitor.progress(batch.end(), all.size(), "x-feature maps of image " + batch.end() + " of " + all.size());
            }
            for (Future<?> write : writes) {
                done(write);
            }
        } finally {
            readers.shutdownNow();
            writer.shutdown();
            // whatever was handed to the writer is written (whole: each file is renamed into place)
            writer.awaitTermination(1, TimeUnit.MINUTES);
        }
        cache.trim();
        return computed;
    }

    /** The batch as the network's input; null for a batch with nothing to compute. */
    private INDArray read(List<BirdImage> images) throws java.io.IOException {
        if (images.isEmpty()) {
            return null;
        }
        List<java.awt.image.BufferedImage> pictures = new ArrayList<>();
        for (BirdImage image : images) {
            pictures.add(dataset.loadImage(image));
        }
        return source.cnn().preprocessor().batch(pictures);
    }


    private Void write(List<BirdImage> images, List<LayerMaps> maps) throws java.io.IOException {
        for (int i = 0; i < images.size(); i++) {
            List<Heatmap> heatmaps = maps.get(i).atLayerSize();
            for (int t = 0; t < targets.size(); t++) {
                cache.put(key(images.get(i), targets.get(t)), heatmaps.get(t));
            }
        }
        return null;
    }

    /** Throws the error of a write that failed, so that the job stops at the first one. */
    private static void failed(List<Future<?>> writes) throws Exception {
        for (Future<?> write : writes) {
            if (write.isDone()) {
                done(write);
            }
        }
    }

    private static <T> T done(Future<T> future) throws Exception {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return work -> {
            Thread thread = new Thread(work, name);
            thread.setDaemon(true);
            return thread;
        };
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
