package xspace.app.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.ImageResize;
import xspace.workspace.session.ImageOverlay;

/**
 * Small versions of dataset images for the gallery, plain or with an overlay drawn over them (an
 * x-feature's heatmap), made on one background thread and kept in a least-recently-used cache, so
 * that scrolling through thousands of images reads each file once while it stays near the view
 * and memory stays bounded. The newest request is served first and a request whose cell has
 * scrolled away is dropped, so the cells on screen fill first however fast the user scrolls.
 */
public final class ThumbnailCache {

    private static final Logger LOG = LoggerFactory.getLogger(ThumbnailCache.class);

    /** What is drawn over an image; its key names everything the drawing depends on. */
    private final CubDataset dataset;
    private final int side;
    private final Map<String, Image> cache;
    /**
     * Why a thumbnail could not be made, by key: a cell asks again at every layout pass, and a
     * failure that is not remembered would be drawn, and fail, again each time.
     */
    private final Map<String, String> failed;
    private final BlockingDeque<Runnable> requests = new LinkedBlockingDeque<>();
    private final Thread loader;

    public ThumbnailCache(CubDataset dataset, int side, int capacity) {
        this.dataset = dataset;
        this.side = side;
        this.cache = bounded(capacity);
        this.failed = bounded(capacity);
        loader = new Thread(this::serve, "xspace-thumbnails");
        loader.setDaemon(true);
        loader.start();
    }

    /**
     * The cached thumbnail now, or null and {@code whenLoaded} later on the FX thread, unless
     * {@code wanted} says no by the time its turn comes. Call on the FX thread; the cell checks on
     * delivery that it still shows the same image.
     */
    public Image get(BirdImage image, BooleanSupplier wanted, Consumer<Image> whenLoaded) {
        return request("plain/" + image.id(), image, null, wanted, whenLoaded, reason -> { });
    }

    /**
     * As {@link #get(BirdImage, BooleanSupplier, Consumer)}, with {@code overlay} drawn over the
     * image at its full size before it is scaled; {@code whenFailed} hears on the FX thread why it
     * could not be drawn, so that the cell can say so rather than wait for it; at once when it
     * failed before (a new cache, for a workspace opened again, tries anew).
     */
    public Image get(BirdImage image, ImageOverlay overlay, BooleanSupplier wanted, Consumer<Image> whenLoaded,
            Consumer<String> whenFailed) {
        return request(overlay.key() + "/" + image.id(), image, overlay, wanted, whenLoaded, whenFailed);
    }

    public void shutdown() {
        loader.interrupt();
    }

    private static <V> Map<String, V> bounded(int capacity) {
        return new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    private Image request(String key, BirdImage image, ImageOverlay overlay, BooleanSupplier wanted,
            Consumer<Image> whenLoaded, Consumer<String> whenFailed) {
        Image cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        String failure = failed.get(key);
        if (failure != null) {
            whenFailed.accept(failure);
            return null;
        }
        requests.addFirst(() -> {
            if (!wanted.getAsBoolean()) {
                return;
            }
            try {
                Image thumbnail = draw(image, overlay);
                Platform.runLater(() -> {
                    cache.put(key, thumbnail);
                    whenLoaded.accept(thumbnail);
                });
            } catch (IOException | RuntimeException e) {
                LOG.warn("no thumbnail of {}: {}", image.relativePath(), e.getMessage(), e);
                String reason = e.getMessage() == null ? e.toString() : e.getMessage();
                Platform.runLater(() -> {
                    failed.put(key, reason);
                    whenFailed.accept(reason);
                });
            }
        });
        return null;
    }

    private void serve() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                requests.takeFirst().run();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Image draw(BirdImage image, ImageOverlay overlay) throws IOException {
        BufferedImage picture = dataset.loadImage(image);
        BufferedImage drawn = overlay == null ? picture : overlay.draw(image, picture);
        return SwingFXUtils.toFXImage(scaled(drawn), null);
    }

    private BufferedImage scaled(BufferedImage source) {
        double scale = Math.min(1, (double) side / Math.max(source.getWidth(), source.getHeight()));
        int w = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(source.getHeight() * scale));
        return ImageResize.bilinear(source, w, h);
    }
}
