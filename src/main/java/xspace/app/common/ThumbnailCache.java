package xspace.app.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.atomic.AtomicBoolean;
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

    private final CubDataset dataset;
    private final int side;
    private final Map<String, Image> cache;
    /**
     * Why a thumbnail could not be made, by key: a cell asks again at every layout pass, and a
     * failure that is not remembered would be drawn, and fail, again each time.
     */
    private final Map<String, String> failed;
    /**
     * The thumbnails asked for and not made yet, by key (FX thread): a cell asks again at every
     * layout pass, and each ask joins the one waiting instead of drawing the same thumbnail again.
     */
    private final Map<String, Pending> pending = new HashMap<>();
    private final BlockingDeque<Runnable> requests = new LinkedBlockingDeque<>();
    private volatile boolean stopped;

    public ThumbnailCache(CubDataset dataset, int side, int capacity) {
        this.dataset = dataset;
        this.side = side;
        this.cache = bounded(capacity);
        this.failed = bounded(capacity);
        Thread loader = new Thread(this::serve, "xspace-thumbnails");
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

    /**
     * Stops the loader thread, at once if idle, else after the thumbnail it is drawing. Woken by a
     * request, not interrupted: an interrupt would close the heatmap cache file being written
     * (and code a drawing runs may swallow it, leaving the loader waiting for ever).
     */
    public void shutdown() {
        stopped = true;
        requests.addFirst(() -> { });
    }

    /** Who waits for one thumbnail; made once, by the first request served while one still wants it. */
    private static final class Pending {
        final List<Waiter> waiters = new CopyOnWriteArrayList<>();
        final AtomicBoolean started = new AtomicBoolean();
    }

    private record Waiter(BooleanSupplier wanted, Consumer<Image> loaded, Consumer<String> failed) {
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
        Pending waiting = pending.computeIfAbsent(key, k -> new Pending());
        waiting.waiters.add(new Waiter(wanted, whenLoaded, whenFailed));
        // Each request goes to the front, so the cells on screen come first; the first of a key's
        // requests whose turn comes while one of its cells still wants it draws it, for them all.
        requests.addFirst(() -> make(key, image, overlay, waiting));
        return null;
    }

    private void make(String key, BirdImage image, ImageOverlay overlay, Pending waiting) {
        if (waiting.waiters.stream().noneMatch(w -> w.wanted().getAsBoolean())) {
            // scrolled away: forgotten, unless a cell asked again meanwhile (its request is queued)
            Platform.runLater(() -> {
                if (!waiting.started.get() && waiting.waiters.stream().noneMatch(w -> w.wanted().getAsBoolean())) {
                    pending.remove(key, waiting);
                }
            });
            return;
        }
        if (!waiting.started.compareAndSet(false, true)) {
            return;
        }
        try {
            Image thumbnail = draw(image, overlay);
            Platform.runLater(() -> {
                pending.remove(key, waiting);
                cache.put(key, thumbnail);
                waiting.waiters.forEach(w -> w.loaded().accept(thumbnail));
            });
        } catch (IOException | RuntimeException | LinkageError e) {
            // LinkageError too (a native library of the engine that would not load): uncaught, it
            // would end the loader, and every cell would wait for ever.
            LOG.warn("no thumbnail of {}: {}", image.relativePath(), e.getMessage(), e);
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            Platform.runLater(() -> {
                pending.remove(key, waiting);
                failed.put(key, reason);
                waiting.waiters.forEach(w -> w.failed().accept(reason));
            });
        }
    }

    private void serve() {
        try {
            while (!stopped) {
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
