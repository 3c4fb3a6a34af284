package xspace.engine;

import java.lang.ref.Reference;
import java.util.Arrays;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.BroadcastOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastDivOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A row vector applied to every row of a matrix, instead of ND4J's {@code addiRowVector},
 * {@code muliRowVector} and {@code diviRowVector}. In ND4J 1.0.0-M2.1 the CPU executioner's broadcast
 * holds no reference to its operation once the native call has started, so a garbage collection
 * during the call can free the operation's dimension buffer (or the row's) while native code reads
 * it: a SIGSEGV in {@code sd::DataBuffer::primary()} or {@code sd::TadDescriptor}, within seconds
 * to minutes with a few threads broadcasting and one collecting (docs/reliability.md). Here the
 * operation stays reachable until the call has returned.
 */
public final class RowBroadcast {

    private RowBroadcast() {
    }

    /** {@code matrix} += {@code row} on every row; returns {@code matrix}. */
    public static INDArray addi(INDArray matrix, INDArray row) {
        return run(matrix, row, BroadcastAddOp::new);
    }

    /** {@code matrix} ⊙= {@code row} on every row; returns {@code matrix}. */
    public static INDArray muli(INDArray matrix, INDArray row) {
        return run(matrix, row, BroadcastMulOp::new);
    }

    /** {@code matrix} ⊘= {@code row} on every row; returns {@code matrix}. */
    public static INDArray divi(INDArray matrix, INDArray row) {
        return run(matrix, row, BroadcastDivOp::new);
    }

    /** A copy of {@code matrix} with every row multiplied by {@code row}. */
    public static INDArray mul(INDArray matrix, INDArray row) {
        return muli(matrix.dup(), row);
    }

    /** A copy of {@code matrix} with every row divided by {@code row}. */
    public static INDArray div(INDArray matrix, INDArray row) {
        return divi(matrix.dup(), row);
    }

    /** One of ND4J's broadcast operations: x op y into z along the given dimension. */
    @FunctionalInterface
    private interface Operation {
        BroadcastOp along(INDArray x, INDArray y, INDArray z, int dimension);
    }

    private static INDArray run(INDArray matrix, INDArray row, Operation operation) {
        if (matrix.rank() != 2 || row.length() != matrix.size(1)) {
            throw new IllegalArgumentException("a row of " + row.length() + " values "
                    + Arrays.toString(row.shape()) + " cannot apply to each row of a " + Arrays.toString(matrix.shape())
                    + " matrix");
        }
        BroadcastOp op = operation.along(matrix, row, matrix, 1);
        try {
            Nd4j.getExecutioner().exec(op);
            return matrix;
        } finally {
            Reference.reachabilityFence(op);
        }
    }
}
