package xspace.explain;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * The examples an explanation module of one class is trained or tested on: Z rows, the class
 * score ŷ_j to reproduce, the full score vectors (for Fcls), example weights summing to one
 * (positives up-weighted by #negatives/#positives), which images they are and their classes
 * ({@code labels}, null where a sample was made without them).
 */
public record ClassSample(int classIndex, INDArray z, INDArray target, INDArray logits, INDArray weights,
        int[] imageIds, boolean[] positive, int[] labels) {

    /** A sample whose examples' classes are not known (only positive or not). */
    public ClassSample(int classIndex, INDArray z, INDArray target, INDArray logits, INDArray weights, int[] imageIds,
            boolean[] positive) {
        this(classIndex, z, target, logits, weights, imageIds, positive, null);
    }

    public int size() {
        return imageIds.length;
    }

    public int positives() {
        int count = 0;
        for (boolean p : positive) {
            count += p ? 1 : 0;
        }
        return count;
    }

    /** Row indices of the positive examples. */
    public int[] positiveRows() {
        return java.util.stream.IntStream.range(0, positive.length).filter(i -> positive[i]).toArray();
    }

    /** The sub-sample of the given rows, weights renormalised. */
    public ClassSample rows(int[] rows) {
        INDArray w = Batches.rows(weights, rows);
        w = w.div(w.sumNumber());
        int[] ids = new int[rows.length];
        boolean[] pos = new boolean[rows.length];
        int[] classes = labels == null ? null : new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            ids[i] = imageIds[rows[i]];
            pos[i] = positive[rows[i]];
            if (classes != null) {
                classes[i] = labels[rows[i]];
            }
        }
        return new ClassSample(classIndex, Batches.rows(z, rows), Batches.rows(target, rows), Batches.rows(logits, rows),
                w, ids, pos, classes);
    }
}
