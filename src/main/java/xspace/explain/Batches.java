package xspace.explain;

import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Mini-batches: a seeded random order of rows, gathered once, then sliced. */
final class Batches {

    private Batches() {
    }

    /** A seeded random order of {@code rows} indices (Fisher-Yates). */
    static int[] permutation(int rows, Random random) {
        int[] order = new int[rows];
        for (int i = 0; i < rows; i++) {
            order[i] = i;
        }
        for (int i = rows - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        return order;
    }

    /** Rows {@code [start, end)} as a view. */
    static INDArray slice(INDArray matrix, int start, int end) {
        return matrix.get(NDArrayIndex.interval(start, end), NDArrayIndex.all());
    }

    /** The given rows of a matrix, gathered into a new matrix. */
    static INDArray rows(INDArray matrix, int[] rows) {
        if (rows.length == 0) {
            return org.nd4j.linalg.factory.Nd4j.create(matrix.dataType(), 0, matrix.size(1));
        }
        return org.nd4j.linalg.factory.Nd4j.pullRows(matrix, 1, rows);
    }
}
