package xspace.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.data.NonFiniteValueException;
import xspace.data.NpyFile;
import xspace.engine.AtomicFiles;
import xspace.engine.TaskMonitor;

/**
 * Streams Z and the pre-softmax scores ŷ of every image to {@code z.npy} and {@code logits.npy}
 * (float32, one row per image, rows as in {@code index.csv}), batch by batch. After each batch the
 * rows are forced to disk and the count of finished rows recorded, so an interrupted run resumes
 * where it stopped; the dataset is never held in memory.
 */
public final class FeatureExtractor {

    public static final String Z_FILE = "z.npy";
    public static final String LOGITS_FILE = "logits.npy";
    private static final String DONE_FILE = "rows-done.txt";

    private final ExplainedCnn cnn;
    private final ImageSource images;
    private final int batchSize;

    public FeatureExtractor(ExplainedCnn cnn, ImageSource images, int batchSize) {
        this.cnn = cnn;
        this.images = images;
        this.batchSize = batchSize;
    }

    /** Writes (or completes) the features of {@code entries} into {@code dir}; returns rows written now. */
    public int extract(List<FeatureIndex.Entry> entries, Path dir, TaskMonitor monitor) throws IOException {
        Files.createDirectories(dir);
        int done = resumePoint(dir, entries);
        FeatureIndex.write(dir, entries);
        BatchLoader loader = new BatchLoader(images, cnn.preprocessor(), cnn.info().classCount());
        int written = 0;
        try (NpyFile z = NpyFile.createOrOpen(dir.resolve(Z_FILE), entries.size(), cnn.zSize());
                NpyFile logits = NpyFile.createOrOpen(dir.resolve(LOGITS_FILE), entries.size(), cnn.info().classCount())) {
            for (int start = done; start < entries.size(); start += batchSize) {
                monitor.checkCancelled();
                List<FeatureIndex.Entry> batch = entries.subList(start, Math.min(entries.size(), start + batchSize));
                List<LabelledImage> labelled = batch.stream().map(e -> new LabelledImage(e.imageId(), e.label())).toList();
                ExplainedCnn.Forward forward = cnn.forward(loader.load(labelled, Augmentation.NONE, 0).getFeatures());
                z.writeRows(start, finite(rows(forward.z()), z.path(), start, batch));
                logits.writeRows(start, finite(rows(forward.logits()), logits.path(), start, batch));
                z.sync();
                logits.sync();
                written += batch.size();
                markDone(dir, start + batch.size());
                monitor.progress(start + batch.size(), entries.size(), "features " + (start + batch.size()) + "/"
                        + entries.size());
            }
        }
        return written;
    }

    /** Whether {@code dir} holds complete features for exactly these entries. */
    public static boolean isComplete(Path dir, List<FeatureIndex.Entry> entries) throws IOException {
        return resumePoint(dir, entries) == entries.size();
    }

    private static int resumePoint(Path dir, List<FeatureIndex.Entry> entries) throws IOException {
        Path done = dir.resolve(DONE_FILE);
        if (!Files.exists(done) || !Files.exists(dir.resolve(FeatureIndex.FILE))
                || !FeatureIndex.read(dir).equals(entries)) {
            return 0;
        }
        try {
            return Math.min(entries.size(), Integer.parseInt(Files.readString(done, StandardCharsets.UTF_8).trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void markDone(Path dir, int rows) throws IOException {
        AtomicFiles.writeString(dir.resolve(DONE_FILE), Integer.toString(rows));
    }

    /** Refuses to write a non-finite value: it would poison every module trained on these features. */
    private static float[][] finite(float[][] rows, Path file, int start, List<FeatureIndex.Entry> batch)
            throws NonFiniteValueException {
        for (int i = 0; i < rows.length; i++) {
            NonFiniteValueException.requireFinite(rows[i], file, start + i, batch.get(i).imageId());
        }
        return rows;
    }

    private static float[][] rows(INDArray matrix) {
        return matrix.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).toFloatMatrix();
    }
}
