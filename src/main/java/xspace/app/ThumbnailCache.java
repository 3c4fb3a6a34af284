package xspace.app;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import xspace.data.BirdImage;
import xspace.data.CubDataset;

/**
 * Small versions of dataset images for the gallery, read and scaled on a background thread and
 * kept in a least-recently-used cache, so that scrolling through thousands of images reads each
 * file once while it stays near the view and memory stays bounded.
 */
final class ThumbnailCache {

    private final CubDataset dataset;
    private final int side;
    private final Map<Integer, Image> cache;
    private final ExecutorService loader = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xspace-thumbnails");
        t.setDaemon(true);
        return t;
    });

    ThumbnailCache(CubDataset dataset, int side, int capacity) {
        this.dataset = dataset;
        this.side = side;
        this.cache = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, Image> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The cached thumbnail now, or null and {@code whenLoaded} later on the FX thread. Call on the
     * FX thread; the cell checks on delivery that it still shows the same image.
     */
    Image get(BirdImage image, Consumer<Image> whenLoaded) {
        Image cached = cache.get(image.id());
        if (cached != null) {
            return cached;
        }
        loader.execute(() -> {
            Image thumbnail = SwingFXUtils.toFXImage(scaled(dataset.loadImage(image)), null);
            Platform.runLater(() -> {
                cache.put(image.id(), thumbnail);
                whenLoaded.accept(thumbnail);
            });
        });
        return null;
    }

    void shutdown() {
        loader.shutdownNow();
    }

    private BufferedImage scaled(BufferedImage source) {
        double scale = Math.min(1, (double) side / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, w, h, null);
        g.dispose();
        return out;
    }
}
