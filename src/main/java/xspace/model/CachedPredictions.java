package xspace.model;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import xspace.data.NpyFile;
import xspace.engine.TaskMonitor;

/**
 * What the network predicted for every image with cached features, read from {@code logits.npy}
 * (no network runs): the predicted class of each image and, on request, one class's score ŷ_j of
 * every image. The logits are read in blocks and only the argmax is kept, so a dataset of any
 * size needs a few bytes per image.
 */
public final class CachedPredictions {

    private static final int BLOCK = 1024;

    /** Right predictions among images: top-1 accuracy; NaN when there are none. */
    public record Accuracy(int images, int right) {
        public double fraction() {
            return images == 0 ? Double.NaN : (double) right / images;
        }
    }

    private final Path dir;
    private final List<FeatureIndex.Entry> entries;
    private final Map<Integer, Integer> indexOfImage = new HashMap<>();
    private final int[] predicted;

    private CachedPredictions(Path dir, List<FeatureIndex.Entry> entries, int[] predicted) {
        this.dir = dir;
        this.entries = entries;
        this.predicted = predicted;
        for (int i = 0; i < entries.size(); i++) {
            indexOfImage.put(entries.get(i).imageId(), i);
        }
    }

    /** Reads the predictions of the entries (the usable rows of {@link FeatureIndex}) from the folder's logits. */
    public static CachedPredictions read(Path dir, List<FeatureIndex.Entry> entries, TaskMonitor monitor)
            throws IOException {
        int[] predicted = new int[entries.size()];
        eachRow(dir, entries, monitor, (index, logits) -> predicted[index] = argmax(logits));
        return new CachedPredictions(dir, entries, predicted);
    }

    /** Whether the image has cached features (and so a prediction). */
    public boolean has(int imageId) {
        return indexOfImage.containsKey(imageId);
    }

    /** The class the network gives the image (its largest logit). */
    public int predicted(int imageId) {
        return predicted[index(imageId)];
    }

    /** The class the image is labelled with, as the feature index has it. */
    public int label(int imageId) {
        return entries.get(index(imageId)).label();
    }

    public boolean right(int imageId) {
        return predicted(imageId) == label(imageId);
    }

    /** Top-1 accuracy on the test split's images with cached features, as {@code cnn eval} measures it. */
    public Accuracy testAccuracy() {
        int images = 0;
        int right = 0;
        for (int i = 0; i < entries.size(); i++) {
            if (!entries.get(i).training()) {
                images++;
                right += predicted[i] == entries.get(i).label() ? 1 : 0;
            }
        }
        return new Accuracy(images, right);
    }

    /** ŷ_j of every image with cached features, by image id: one pass over the logits. */
    public Map<Integer, Float> scores(int classIndex, TaskMonitor monitor) throws IOException {
        Map<Integer, Float> scores = new HashMap<>(entries.size() * 2);
        eachRow(dir, entries, monitor, (index, logits) -> scores.put(entries.get(index).imageId(), logits[classIndex]));
        return scores;
    }

    private int index(int imageId) {
        Integer index = indexOfImage.get(imageId);
        if (index == null) {
            throw new IllegalArgumentException("image " + imageId + " has no cached features in " + dir);
        }
        return index;
    }

    private interface RowVisitor {
        void visit(int index, float[] logits);
    }

    /** Visits the entries' logit rows in entry order, reading the rows they span block by block. */
    private static void eachRow(Path dir, List<FeatureIndex.Entry> entries, TaskMonitor monitor, RowVisitor visitor)
            throws IOException {
        try (NpyFile file = NpyFile.open(dir.resolve(FeatureExtractor.LOGITS_FILE), false)) {
            for (int first = 0; first < entries.size(); first += BLOCK) {
                monitor.checkCancelled();
                int count = Math.min(BLOCK, entries.size() - first);
                int firstRow = entries.get(first).row();
                int span = entries.get(first + count - 1).row() - firstRow + 1;
                float[][] rows = file.readRows(firstRow, span);
                for (int i = first; i < first + count; i++) {
                    visitor.visit(i, rows[entries.get(i).row() - firstRow]);
                }
                monitor.progress(first + count, entries.size(), "predictions in " + FeatureExtractor.LOGITS_FILE);
            }
        }
    }

    private static int argmax(float[] logits) {
        int best = 0;
        for (int c = 1; c < logits.length; c++) {
            if (logits[c] > logits[best]) {
                best = c;
            }
        }
        return best;
    }
}
