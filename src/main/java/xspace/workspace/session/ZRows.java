package xspace.workspace.session;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.NpyFile;
import xspace.model.FeatureExtractor;
import xspace.model.FeatureIndex;

/**
 * The workspace's cached Z and ŷ rows by image id ({@code z.npy}, {@code logits.npy},
 * {@code index.csv}), read a row or a block at a time so that large datasets never sit in memory.
 * Images whose features could not be extracted ({@code skipped.csv}) are not among the entries.
 */
public final class ZRows {

    private final Path dir;
    private final List<FeatureIndex.Entry> entries;
    private final Map<Integer, FeatureIndex.Entry> byImage = new HashMap<>();

    public ZRows(Path dir) throws IOException {
        this(dir, FeatureIndex.usable(dir));
    }

    /**
     * The rows of the dataset's images only: an image the dataset no longer holds (a line broken
     * or removed since the features were extracted) has rows but nothing to show them on.
     */
    public ZRows(Path dir, CubDataset dataset) throws IOException {
        this(dir, inDataset(FeatureIndex.usable(dir), dataset));
    }

    private ZRows(Path dir, List<FeatureIndex.Entry> entries) {
        this.dir = dir;
        this.entries = entries;
        entries.forEach(e -> byImage.put(e.imageId(), e));
    }

    private static List<FeatureIndex.Entry> inDataset(List<FeatureIndex.Entry> entries, CubDataset dataset) {
        Set<Integer> ids = dataset.images().stream().map(BirdImage::id).collect(Collectors.toSet());
        return entries.stream().filter(e -> ids.contains(e.imageId())).toList();
    }

    public Path dir() {
        return dir;
    }

    public List<FeatureIndex.Entry> entries() {
        return entries;
    }

    public boolean has(int imageId) {
        return byImage.containsKey(imageId);
    }

    /** The class index the image is labelled with in the index. */
    public int label(int imageId) {
        return entry(imageId).label();
    }

    public float[] z(int imageId) {
        return row(FeatureExtractor.Z_FILE, imageId);
    }

    public float[] logits(int imageId) {
        return row(FeatureExtractor.LOGITS_FILE, imageId);
    }

    /**
     * The Z rows of {@code count} entries from entry {@code first}, in entry order: one read of the
     * rows they span, of which the rows of skipped images are dropped.
     */
    public float[][] zBlock(int first, int count) {
        List<FeatureIndex.Entry> wanted = entries.subList(first, first + count);
        int firstRow = wanted.get(0).row();
        int span = wanted.get(count - 1).row() - firstRow + 1;
        try (NpyFile file = NpyFile.open(dir.resolve(FeatureExtractor.Z_FILE), false)) {
            float[][] rows = file.readRows(firstRow, span);
            return wanted.stream().map(e -> rows[e.row() - firstRow]).toArray(float[][]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Z rows of the images, in the order given, through one open file. */
    public float[][] zRows(int[] imageIds) {
        return rows(FeatureExtractor.Z_FILE, imageIds);
    }

    /** The ŷ rows of the images, in the order given, through one open file. */
    public float[][] logitRows(int[] imageIds) {
        return rows(FeatureExtractor.LOGITS_FILE, imageIds);
    }

    private float[][] rows(String name, int[] imageIds) {
        try (NpyFile file = NpyFile.open(dir.resolve(name), false)) {
            float[][] out = new float[imageIds.length][];
            for (int i = 0; i < imageIds.length; i++) {
                out[i] = file.readRow(entry(imageIds[i]).row());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private FeatureIndex.Entry entry(int imageId) {
        FeatureIndex.Entry entry = byImage.get(imageId);
        if (entry == null) {
            throw new IllegalArgumentException("image " + imageId + " has no cached features in " + dir);
        }
        return entry;
    }

    private float[] row(String name, int imageId) {
        FeatureIndex.Entry entry = entry(imageId);
        try (NpyFile file = NpyFile.open(dir.resolve(name), false)) {
            return file.readRow(entry.row());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
