package xspace.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.engine.FileTrees;

/** The heatmap cache's size limit: least recently used files go first, under concurrent use too. */
class HeatmapCacheTest {

    @TempDir
    Path dir;

    /** A clock one second later at every reading, so that each use is strictly later than the one before. */
    private static final class Ticking extends Clock {
        private final AtomicLong seconds = new AtomicLong(1_700_000_000L);

        @Override
        public Instant instant() {
            return Instant.ofEpochSecond(seconds.incrementAndGet());
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    private static HeatmapKey key(int image) {
        return new HeatmapKey("cnn", HeatmapKey.NO_MODULE, String.valueOf(image), Target.logit(0), "pool3", true);
    }

    private static Heatmap heatmap(float value) {
        float[] values = new float[100];
        java.util.Arrays.fill(values, value);
        return new Heatmap(values, 10, 10);
    }

    private long oneFile() throws Exception {
        HeatmapCache probe = new HeatmapCache(dir.resolve("probe"), 0);
        probe.put(key(0), heatmap(1));
        return Files.size(probe.pathOf(key(0)));
    }

    @Test
    void aFileThatACrashLeftDamagedIsMissingAndGoes() throws Exception {
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), 0);
        cache.put(key(1), heatmap(1));
        Path file = cache.pathOf(key(1));
        Files.write(file, java.util.Arrays.copyOf(Files.readAllBytes(file), 20));
        assertThat(cache.get(key(1))).isEmpty();
        assertThat(file).doesNotExist();
        cache.put(key(1), heatmap(1));
        assertThat(cache.get(key(1))).isPresent();
    }

    @Test
    void aPutOverTheLimitEvictsTheLeastRecentlyUsed() throws Exception {
        long size = oneFile();
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), size * 7 / 2, new Ticking(), Runnable::run);
        cache.put(key(1), heatmap(1));
        cache.put(key(2), heatmap(2));
        cache.put(key(3), heatmap(3));
        assertThat(cache.get(key(1))).isPresent(); // 1 is now the most recently used
        cache.put(key(4), heatmap(4));

        assertThat(cache.get(key(2))).isEmpty();
        assertThat(cache.get(key(1))).isPresent();
        assertThat(cache.get(key(3))).isPresent();
        assertThat(cache.get(key(4)).orElseThrow().values()[0]).isEqualTo(4f);
        assertThat(cache.usage().bytes()).isLessThanOrEqualTo(cache.limit());
    }

    @Test
    void aTrimLeavesTheFolderBelowTheLimitSoThatTheNextPutsDoNotEachEvict() throws Exception {
        long size = oneFile();
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), size * 10, new Ticking(), Runnable::run);
        for (int i = 1; i <= 11; i++) {
            cache.put(key(i), heatmap(i));
        }
        assertThat(cache.usage().files()).isEqualTo(9); // 90 % of ten files' room
        assertThat(cache.get(key(1))).isEmpty();
        assertThat(cache.get(key(2))).isEmpty();
        assertThat(cache.get(key(11))).isPresent();
    }

    @Test
    void withoutALimitNothingIsEvicted() throws Exception {
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), 0, new Ticking(), Runnable::run);
        for (int i = 0; i < 20; i++) {
            cache.put(key(i), heatmap(i));
        }
        assertThat(cache.usage().files()).isEqualTo(20);
    }

    @Test
    void loweringTheLimitTrimsAFolderFilledBefore() throws Exception {
        long size = oneFile();
        HeatmapCache unbounded = new HeatmapCache(dir.resolve("c"), 0, new Ticking(), Runnable::run);
        for (int i = 0; i < 10; i++) {
            unbounded.put(key(i), heatmap(i));
        }
        HeatmapCache later = new HeatmapCache(dir.resolve("c"), 0, new Ticking(), Runnable::run);
        later.limit(size * 4);
        assertThat(later.usage().bytes()).isLessThanOrEqualTo(size * 4);
        assertThat(later.get(key(9))).isPresent();
        assertThat(later.get(key(0))).isEmpty();
    }

    @Test
    void concurrentPutsAndReadsStayUnderTheLimit() throws Exception {
        long size = oneFile();
        long limit = size * 20;
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), limit, Clock.systemUTC(), Runnable::run);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> jobs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                jobs.add(pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        int image = thread * 1000 + i;
                        cache.put(key(image), heatmap(image));
                        cache.get(key(image - 1)).ifPresent(h -> assertThat(h.values()[0]).isEqualTo(image - 1));
                    }
                    return null;
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } finally {
            pool.shutdown();
        }
        HeatmapCache.Usage usage = cache.usage();
        assertThat(usage.bytes()).isLessThanOrEqualTo(limit);
        assertThat(usage.files()).isPositive();
        assertThat(temporaryFiles(dir.resolve("c"))).isEmpty();
    }

    @Test
    void theBackgroundTrimAlsoEndsUnderTheLimit() throws Exception {
        long size = oneFile();
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), size * 5);
        for (int i = 0; i < 30; i++) {
            cache.put(key(i), heatmap(i));
        }
        long end = System.nanoTime() + 10_000_000_000L;
        while (cache.usage().bytes() > size * 5 && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertThat(cache.usage().bytes()).isLessThanOrEqualTo(size * 5);
    }

    @Test
    void clearRemovesEveryHeatmapAndTheCacheWorksOn() throws Exception {
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), 0, new Ticking(), Runnable::run);
        for (int i = 0; i < 5; i++) {
            cache.put(key(i), heatmap(i));
        }
        HeatmapCache.Usage removed = cache.clear();
        assertThat(removed.files()).isEqualTo(5);
        assertThat(cache.usage().files()).isZero();
        assertThat(dir.resolve("c")).isEmptyDirectory();
        cache.put(key(7), heatmap(7));
        assertThat(cache.get(key(7))).isPresent();
    }

    @Test
    void filesAndFoldersRemovedByAnotherProgramAreMissesNotErrors() throws Exception {
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), 1 << 20, new Ticking(), Runnable::run);
        cache.put(key(1), heatmap(1));
        FileTrees.delete(dir.resolve("c"));
        assertThat(cache.get(key(1))).isEmpty();
        assertThat(cache.trim().files()).isZero();
        cache.put(key(2), heatmap(2));
        assertThat(cache.get(key(2))).isPresent();
    }

    @Test
    void temporaryFilesOfAKilledWriteAreDeletedOnceStale() throws Exception {
        HeatmapCache cache = new HeatmapCache(dir.resolve("c"), 1 << 30, Clock.systemUTC(), Runnable::run);
        cache.put(key(1), heatmap(1));
        Path folder = cache.pathOf(key(1)).getParent();
        Path fresh = Files.write(folder.resolve(".logit-0.npy.1.tmp"), new byte[10]);
        Path stale = Files.write(folder.resolve(".logit-0.npy.2.tmp"), new byte[2 << 20]);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(CacheFolder.STALE_TEMPORARY).minusSeconds(60)));
        cache.trim();
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(cache.get(key(1))).isPresent();
    }

    private static List<Path> temporaryFiles(Path root) throws Exception {
        try (var walk = Files.walk(root)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
