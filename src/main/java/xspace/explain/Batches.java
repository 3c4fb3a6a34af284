package xspace.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/** Mini-batches of row indices in a seeded random order. */
final class Batches {

    private Batches() {
    }

    static List<int[]> shuffled(int rows, int batchSize, Random random) {
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
        List<int[]> batches = new ArrayList<>();
        for (int start = 0; start < rows; start += batchSize) {
            batches.add(java.util.Arrays.copyOfRange(order, start, Math.min(rows, start + batchSize)));
        }
        return batches;
    }

    static INDArray rows(INDArray matrix, int[] rows) {
        return matrix.get(NDArrayIndex.indices(java.util.Arrays.stream(rows).asLongStream().toArray()), NDArrayIndex.all());
    }
}
