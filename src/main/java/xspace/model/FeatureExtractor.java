package xspace.model;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.data.NonFiniteValueException;
import xspace.data.NpyFile;
import xspace.engine.AtomicFiles;
import xspace.engine.TaskMonitor;

/**
 * Streams Z and the pre-softmax scores ŷ of every image to {@code z.npy} and {@code logits.npy}
 * (float32, one row per image, rows as in {@code index.csv}), batch by batch. After each batch the
 * rows are forced to disk and the count of finished rows recorded, so an interrupted run resumes
 * where it stopped; the dataset is never held in memory. An image that cannot be read stops the
 * run naming it, or, with {@link BadImagePolicy#SKIP}, gets a row of NaN and a line in
 * {@code skipped.csv} (see {@link SkippedImages}); a later run reads the skipped images again and
 * fills the rows of those repaired since.
 */
public final class FeatureExtractor {

    public static final String Z_FILE = "z.npy";
    public static final String LOGITS_FILE = "logits.npy";
    private static final String DONE_FILE = "rows-done.txt";

    private final ExplainedCnn cnn;
    private final Inference inference;
    private final ImageSource images;
    private final int batchSize;
    private final BadImagePolicy policy;

    public FeatureExtractor(ExplainedCnn cnn, ImageSource images, int batchSize) {
        this(cnn, images, batchSize, BadImagePolicy.STOP);
    }

    public FeatureExtractor(ExplainedCnn cnn, ImageSource images, int batchSize, BadImagePolicy policy) {
        this(cnn, cnn::forward, images, batchSize, policy);
    }

    /** @param inference what computes Z and ŷ of a batch: the network on ND4J, or an executor of it */
    public FeatureExtractor(ExplainedCnn cnn, Inference inference, ImageSource images, int batchSize,
            BadImagePolicy policy) {
        this.cnn = cnn;
        this.inference = inference;
        this.images = images;
        this.batchSize = batchSize;
        this.policy = policy;
    }

    /**
     * Writes (or completes) the features of {@code entries} into {@code dir}; returns rows written now.
     * Features of another network are refused ({@link FeatureNetwork}): {@link #restart} them first.
     */
    public int extract(List<FeatureIndex.Entry> entries, Path dir, TaskMonitor monitor) throws IOException {
        Files.createDirectories(dir);
        FeatureNetwork.requireSame(dir, cnn.info().fingerprint());
        // before any row: features of an earlier release are this network's from now on
        FeatureNetwork.record(dir, cnn.info().fingerprint());
        int done = resumePoint(dir, entries);
        List<SkippedImages.Skipped> skipped = skippedBefore(dir, done);
        // the count first: a count left from other entries must never pass for one of these
        markDone(dir, done);
        SkippedImages.write(dir, skipped);
        FeatureIndex.write(dir, entries);
        int written = 0;
        try (NpyFile z = NpyFile.createOrOpen(dir.resolve(Z_FILE), entries.size(), cnn.zSize());
                NpyFile logits = NpyFile.createOrOpen(dir.resolve(LOGITS_FILE), entries.size(), cnn.info().classCount())) {
            written += retrySkipped(skipped, entries, dir, z, logits, monitor);
            for (int start = done; start < entries.size(); start += batchSize) {
                monitor.checkCancelled();
                List<FeatureIndex.Entry> batch = entries.subList(start, Math.min(entries.size(), start + batchSize));
                FeatureBatch loaded = FeatureBatch.load(batch, images, cnn.preprocessor());
                List<SkippedImages.Skipped> unreadable = loaded.skipped();
                if (!unreadable.isEmpty() && policy == BadImagePolicy.STOP) {
                    throw stopped(unreadable.get(0), entries.size());
                }
                writeBatch(loaded, start, z, logits);
                if (!unreadable.isEmpty()) {
                    skipped.addAll(unreadable);
                    SkippedImages.write(dir, skipped);
                }
                written += batch.size();
                markDone(dir, start + batch.size());
                monitor.progress(start + batch.size(), entries.size(), "features " + (start + batch.size()) + "/"
                        + entries.size());
            }
        }
        return written;
    }

    /**
     * Reads again the images an earlier run skipped: one repaired since gets its row, so that
     * "repair the image and run again" does what it says; one still unreadable stays skipped.
     */
    private int retrySkipped(List<SkippedImages.Skipped> skipped, List<FeatureIndex.Entry> entries, Path dir,
            NpyFile z, NpyFile logits, TaskMonitor monitor) throws IOException {
        int repaired = 0;
        for (SkippedImages.Skipped s : List.copyOf(skipped)) {
            monitor.checkCancelled();
            FeatureBatch loaded = FeatureBatch.load(List.of(entries.get(s.row())), images, cnn.preprocessor());
            if (loaded.skipped().isEmpty()) {
                writeBatch(loaded, s.row(), z, logits);
                skipped.remove(s);
                SkippedImages.write(dir, skipped);
                repaired++;
            }
        }
        return repaired;
    }

    /** Makes the next extraction into {@code dir} start over, whichever network computed what is there. */
    public static void restart(Path dir) throws IOException {
        // the count first: without it no row counts as done, whatever the files hold
        Files.deleteIfExists(dir.resolve(DONE_FILE));
        FeatureNetwork.forget(dir);
    }

    /** Whether {@code dir} holds complete features for exactly these entries. */
    public static boolean isComplete(Path dir, List<FeatureIndex.Entry> entries) throws IOException {
        return resumePoint(dir, entries) == entries.size();
    }

    private void writeBatch(FeatureBatch loaded, int start, NpyFile z, NpyFile logits) throws IOException {
        float[][] zRows = new float[0][];
        float[][] logitRows = new float[0][];
        INDArray input = loaded.input(cnn.preprocessor());
        if (input != null) {
            ExplainedCnn.Forward forward = inference.forward(input);
            zRows = finite(rows(forward.z()), z.path(), loaded.readable());
            logitRows = finite(rows(forward.logits()), logits.path(), loaded.readable());
        }
        z.writeRows(start, loaded.spread(zRows, cnn.zSize()));
        logits.writeRows(start, loaded.spread(logitRows, cnn.info().classCount()));
        z.sync();
        logits.sync();
    }

    private static ModelException stopped(SkippedImages.Skipped image, int rows) {
        return new ModelException(image.reason() + ". Feature extraction stopped at image " + image.imageId()
                + " (row " + image.row() + " of " + rows + "); the finished rows are kept and a rerun resumes there."
                + " Repair or remove the image, or extract with `xspace features --on-bad-image skip` to leave it"
                + " out (it is then listed in " + SkippedImages.FILE + ")");
    }

    /** The skipped rows that a resumed run keeps: those before the resume point. */
    private static List<SkippedImages.Skipped> skippedBefore(Path dir, int done) throws IOException {
        List<SkippedImages.Skipped> kept = new ArrayList<>();
        if (done > 0) {
            SkippedImages.read(dir).stream().filter(s -> s.row() < done).forEach(kept::add);
        }
        return kept;
    }

    private static int resumePoint(Path dir, List<FeatureIndex.Entry> entries) throws IOException {
        OptionalInt done = rowsDone(dir);
        if (done.isEmpty() || !Files.exists(dir.resolve(FeatureIndex.FILE)) || !FeatureIndex.read(dir).equals(entries)) {
            return 0;
        }
        return Math.min(entries.size(), done.getAsInt());
    }

    /**
     * How many rows an extraction has finished in {@code dir} (rows after them are not written
     * yet); empty when no extractor wrote the folder, as for features made by other tools.
     */
    static OptionalInt rowsDone(Path dir) throws IOException {
        Path done = dir.resolve(DONE_FILE);
        if (!Files.exists(done)) {
            return OptionalInt.empty();
        }
        try {
            return OptionalInt.of(Math.max(0, Integer.parseInt(Files.readString(done, StandardCharsets.UTF_8).trim())));
        } catch (NumberFormatException e) {
            return OptionalInt.of(0);
        }
    }

    private static void markDone(Path dir, int rows) throws IOException {
        AtomicFiles.writeString(dir.resolve(DONE_FILE), Integer.toString(rows));
    }

    /** Refuses to write a non-finite value: it would poison every module trained on these features. */
    private static float[][] finite(float[][] rows, Path file, List<FeatureIndex.Entry> entries)
            throws NonFiniteValueException {
        for (int i = 0; i < rows.length; i++) {
            NonFiniteValueException.requireFinite(rows[i], file, entries.get(i).row(), entries.get(i).imageId());
        }
        return rows;
    }

    private static float[][] rows(INDArray matrix) {
        return matrix.castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).toFloatMatrix();
    }
}
