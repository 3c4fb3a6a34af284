package xspace.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import xspace.engine.AtomicFiles;
import xspace.engine.ByteSizes;

/**
 * Heatmaps on disk as .npy files under one folder, keyed by {@link HeatmapKey}; written to a
 * temporary file and moved into place, so that a reader never sees half a heatmap. Not forced to
 * the disk (a job writes tens of thousands): one that a crash left damaged is deleted when read
 * and computed again.
 *
 * <p>The folder is kept under a size limit. Each read sets the file's modified time, so the
 * modified time is the last use, on disk and therefore shared by every program using the folder.
 * Puts add to an estimate of the folder's size (the last listing plus what was written since);
 * when it passes the limit, a background trim lists the folder and deletes the least recently
 * used files until it is at {@link #LOW_WATER} of the limit, so that the next puts do not each
 * start a listing. Files that vanish meanwhile (another program trimming or clearing) are skipped;
 * a put whose folder was removed under it writes again.
 */
public final class HeatmapCache {

    private static final Logger LOG = LoggerFactory.getLogger(HeatmapCache.class);

    /** Room for about 4,000 heatmaps of a CUB image (a few tens of KB each). */
    public static final long DEFAULT_LIMIT = 256L << 20;
    /** The system property, then the environment variable, that set the limit (e.g. {@code 1G}; 0: none). */
    public static final String LIMIT_PROPERTY = "xspace.cacheLimit";
    public static final String LIMIT_VARIABLE = "XSPACE_CACHE_LIMIT";
    /** A trim leaves the folder at this share of the limit. */
    public static final double LOW_WATER = 0.9;

    private static final ExecutorService TRIMMER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "xspace-heatmap-cache");
        t.setDaemon(true);
        return t;
    });

    /** Files and bytes: what a folder holds, or what a clear removed. */
    public record Usage(int files, long bytes) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "%,d files, %s", files, ByteSizes.format(bytes));
        }
    }

    private final Path dir;
    private final Clock clock;
    private final Executor trimmer;
    private final Object maintenance = new Object();
    private final AtomicLong writtenSinceListing = new AtomicLong();
    private final AtomicBoolean trimRequested = new AtomicBoolean();
    private volatile long limit;
    /** Bytes found by the last listing, after its evictions; -1 before the first. */
    private volatile long listed = -1;

    /** A cache with the limit the system property or environment variable sets, else {@link #DEFAULT_LIMIT}. */
    public HeatmapCache(Path dir) {
        this(dir, configuredLimit());
    }

    /** @param limit bytes; 0 for no limit */
    public HeatmapCache(Path dir, long limit) {
        this(dir, limit, Clock.systemUTC(), TRIMMER);
    }

    /** For tests: a clock for the last-use times and where trims run ({@code Runnable::run}: in the putting thread). */
    HeatmapCache(Path dir, long limit, Clock clock, Executor trimmer) {
        if (limit < 0) {
            throw new IllegalArgumentException("a cache limit is at least 0 (no limit), found " + limit);
        }
        this.dir = dir;
        this.limit = limit;
        this.clock = clock;
        this.trimmer = trimmer;
    }

    /** {@code -Dxspace.cacheLimit}, else {@code XSPACE_CACHE_LIMIT}, else {@link #DEFAULT_LIMIT}. */
    public static long configuredLimit() {
        String text = System.getProperty(LIMIT_PROPERTY, System.getenv(LIMIT_VARIABLE));
        if (text == null || text.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            return ByteSizes.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("heatmap cache limit (" + LIMIT_PROPERTY + " or " + LIMIT_VARIABLE
                    + "): " + e.getMessage(), e);
        }
    }

    public Path dir() {
        return dir;
    }

    public Path pathOf(HeatmapKey key) {
        return dir.resolve(key.relativePath());
    }

    public long limit() {
        return limit;
    }

    /** Changes the limit; a folder now over it is trimmed in the background. */
    public void limit(long bytes) {
        if (bytes < 0) {
            throw new IllegalArgumentException("a cache limit is at least 0 (no limit), found " + bytes);
        }
        limit = bytes;
        written(0);
    }

    public Optional<Heatmap> get(HeatmapKey key) throws IOException {
        Path path = pathOf(key);
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            Heatmap heatmap = Heatmap.readNpy(path);
            touch(path);
            return Optional.of(heatmap);
        } catch (IOException e) {
            if (vanished(e) || !Files.exists(path)) {
                return Optional.empty(); // evicted while it was read
            }
            // written unforced: a crash can leave a file empty or damaged; it is computed again
            LOG.warn("a damaged heatmap in the cache is computed again: {} ({})", path, e.toString());
            Files.deleteIfExists(path);
            return Optional.empty();
        }
    }

    public void put(HeatmapKey key, Heatmap heatmap) throws IOException {
        Path path = pathOf(key);
        try {
            AtomicFiles.writeUnforced(path, heatmap::writeNpy);
        } catch (IOException e) {
            if (!vanished(e)) {
                throw e;
            }
            // A trim or a clear removed the (empty) folder between its creation and the write.
            AtomicFiles.writeUnforced(path, heatmap::writeNpy);
        }
        written(touch(path));
    }

    /** Lists the folder now (call off the FX thread). */
    public Usage usage() throws IOException {
        List<CacheFolder.CachedFile> files = CacheFolder.scan(dir, clock.instant());
        return new Usage(files.size(), CacheFolder.bytes(files));
    }

    /**
     * Deletes the least recently used files if the folder is over the limit, down to
     * {@link #LOW_WATER} of it, and temporary files abandoned by killed writes; returns what
     * remains. Runs by itself after puts; callable any time.
     */
    public Usage trim() throws IOException {
        synchronized (maintenance) {
            writtenSinceListing.set(0);
            List<CacheFolder.CachedFile> files = CacheFolder.withoutAbandoned(CacheFolder.scan(dir, clock.instant()));
            long max = limit;
            if (max > 0 && CacheFolder.bytes(files) > max) {
                files = CacheFolder.evictOldest(files, (long) (max * LOW_WATER));
                CacheFolder.pruneEmptyFolders(dir);
            }
            listed = CacheFolder.bytes(files);
            return new Usage(files.size(), listed);
        }
    }

    /** Deletes every cached heatmap; returns what was removed. They are computed again when next needed. */
    public Usage clear() throws IOException {
        synchronized (maintenance) {
            writtenSinceListing.set(0);
            List<CacheFolder.CachedFile> removed = CacheFolder.delete(CacheFolder.scan(dir, clock.instant()));
            CacheFolder.pruneEmptyFolders(dir);
            listed = 0;
            return new Usage(removed.size(), CacheFolder.bytes(removed));
        }
    }

    /** Marks the file as used now; returns its size (0 if it has gone meanwhile). */
    private long touch(Path path) {
        try {
            Files.setLastModifiedTime(path, FileTime.from(clock.instant()));
            return Files.size(path);
        } catch (IOException goneOrReadOnly) {
            return 0;
        }
    }

    private void written(long bytes) {
        long since = writtenSinceListing.addAndGet(bytes);
        if (overLimit(since) && trimRequested.compareAndSet(false, true)) {
            trimmer.execute(this::trimRequested);
        }
    }

    private boolean overLimit(long since) {
        long max = limit;
        return max > 0 && (listed < 0 || listed + since > max);
    }

    private void trimRequested() {
        try {
            trim();
        } catch (IOException | RuntimeException e) {
            // The folder stays as it is; the next put over the limit tries again.
            LOG.warn("heatmap cache not trimmed: {}", e.toString());
        } finally {
            trimRequested.set(false);
        }
        // Puts that came while this trim ran did not start another one.
        long since = writtenSinceListing.get();
        if (since > 0) {
            written(0);
        }
    }

    private static boolean vanished(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchFileException) {
                return true;
            }
        }
        return false;
    }
}
