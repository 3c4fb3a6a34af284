package xspace.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.data.DatasetException;

/**
 * One batch of feature rows loaded as network input, decoding in parallel. An image that cannot
 * be read is set aside with the reason instead of failing the batch, so that the extractor can
 * stop naming it or leave it out, as the user chose.
 */
final class FeatureBatch {

    private final List<FeatureIndex.Entry> entries;
    private final float[][] inputs;
    private final String[] reasons;

    private FeatureBatch(List<FeatureIndex.Entry> entries, float[][] inputs, String[] reasons) {
        this.entries = entries;
        this.inputs = inputs;
        this.reasons = reasons;
    }

    static FeatureBatch load(List<FeatureIndex.Entry> entries, ImageSource images, ImagePreprocessor preprocessor) {
        float[][] inputs = new float[entries.size()][];
        String[] reasons = new String[entries.size()];
        IntStream.range(0, entries.size()).parallel().forEach(i -> {
            try {
                inputs[i] = preprocessor.toInput(images.load(entries.get(i).imageId()));
            } catch (DatasetException e) {
                reasons[i] = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString();
            }
        });
        return new FeatureBatch(entries, inputs, reasons);
    }

    /** The images that could not be read, in row order. */
    List<SkippedImages.Skipped> skipped() {
        List<SkippedImages.Skipped> skipped = new ArrayList<>();
        for (int i = 0; i < reasons.length; i++) {
            if (reasons[i] != null) {
                skipped.add(new SkippedImages.Skipped(entries.get(i).row(), entries.get(i).imageId(), reasons[i]));
            }
        }
        return skipped;
    }

    /** The rows of the images that were read. */
    List<FeatureIndex.Entry> readable() {
        return IntStream.range(0, entries.size()).filter(i -> reasons[i] == null).mapToObj(entries::get).toList();
    }

    /** The network input of the readable images; null when there is none. */
    INDArray input(ImagePreprocessor preprocessor) {
        float[][] read = Arrays.stream(inputs).filter(java.util.Objects::nonNull).toArray(float[][]::new);
        return read.length == 0 ? null : preprocessor.batchOf(read);
    }

    /**
     * Rows for the whole batch from the rows of the readable images: a skipped image's row is NaN,
     * so that nothing can take it for a real feature vector, as zeros could be.
     */
    float[][] spread(float[][] readableRows, int width) {
        float[][] rows = new float[entries.size()][];
        int next = 0;
        for (int i = 0; i < rows.length; i++) {
            if (reasons[i] == null) {
                rows[i] = readableRows[next++];
            } else {
                rows[i] = new float[width];
                Arrays.fill(rows[i], Float.NaN);
            }
        }
        return rows;
    }
}
