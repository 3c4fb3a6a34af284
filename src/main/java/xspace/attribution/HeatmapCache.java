package xspace.attribution;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import xspace.engine.AtomicFiles;

/**
 * Heatmaps on disk as .npy files under one folder, keyed by {@link HeatmapKey}; written to a
 * temporary file and moved into place, so that a reader never sees half a heatmap.
 */
public final class HeatmapCache {

    private final Path dir;

    public HeatmapCache(Path dir) {
        this.dir = dir;
    }

    public Path dir() {
        return dir;
    }

    public Path pathOf(HeatmapKey key) {
        return dir.resolve(key.relativePath());
    }

    public Optional<Heatmap> get(HeatmapKey key) throws IOException {
        Path path = pathOf(key);
        return Files.isRegularFile(path) ? Optional.of(Heatmap.readNpy(path)) : Optional.empty();
    }

    public void put(HeatmapKey key, Heatmap heatmap) throws IOException {
        Path path = pathOf(key);
        AtomicFiles.write(path, heatmap::writeNpy);
    }
}
