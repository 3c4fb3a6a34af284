package xspace.attribution;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The files of a cache folder with their size and last use (the modified time, which the cache
 * sets on every read): listed, evicted oldest first, deleted. Another thread or process may
 * delete or add files at the same time, so a file or folder that vanishes is skipped, never an
 * error.
 */
final class CacheFolder {

    /** A write in progress leaves a hidden temporary file; one this old was left by a killed process. */
    static final Duration STALE_TEMPORARY = Duration.ofHours(1);

    /** @param abandoned a temporary file left by a write that never finished */
    record CachedFile(Path path, long size, Instant lastUsed, boolean abandoned) {
    }

    private CacheFolder() {
    }

    /** Every cached file under the folder, with abandoned temporary files; none if there is no folder. */
    static List<CachedFile> scan(Path dir, Instant now) throws IOException {
        List<CachedFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                Instant modified = attrs.lastModifiedTime().toInstant();
                boolean temporary = temporary(file);
                if (attrs.isRegularFile() && (!temporary || modified.isBefore(now.minus(STALE_TEMPORARY)))) {
                    files.add(new CachedFile(file, attrs.size(), modified, temporary));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
        return files;
    }

    /** Deletes the abandoned temporary files; returns the other files, and any that could not be deleted. */
    static List<CachedFile> withoutAbandoned(List<CachedFile> files) {
        return files.stream().filter(f -> !f.abandoned() || !delete(f.path())).toList();
    }

    static long bytes(List<CachedFile> files) {
        return files.stream().mapToLong(CachedFile::size).sum();
    }

    /**
     * Deletes the least recently used files until at most {@code target} bytes remain; returns the
     * files that remain. A file that cannot be deleted (another program holds it) is kept and counted.
     */
    static List<CachedFile> evictOldest(List<CachedFile> files, long target) {
        List<CachedFile> oldestFirst = new ArrayList<>(files);
        oldestFirst.sort(Comparator.comparing(CachedFile::lastUsed).thenComparing(CachedFile::path));
        long total = bytes(files);
        List<CachedFile> kept = new ArrayList<>();
        for (CachedFile f : oldestFirst) {
            if (total > target && delete(f.path())) {
                total -= f.size();
            } else {
                kept.add(f);
            }
        }
        return kept;
    }

    /** Deletes the files; returns those that were deleted (or had gone already). */
    static List<CachedFile> delete(List<CachedFile> files) {
        return files.stream().filter(f -> delete(f.path())).toList();
    }

    /** Removes the folders that eviction emptied, below the root; a folder in use again is left alone. */
    static void pruneEmptyFolders(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) {
                if (!d.equals(dir)) {
                    try {
                        Files.delete(d);
                    } catch (IOException notEmptyOrGone) {
                        // still holds files, or was removed by someone else: either is fine
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private static boolean delete(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean temporary(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(".tmp");
    }
}
