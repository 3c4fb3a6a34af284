package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastMulOp;
import org.nd4j.linalg.factory.Nd4j;

/** The executioner that keeps ND4J's broadcasts alive: the same numbers, and the one ND4J runs once selected. */
class FencedCpuExecutionerTest {

    @Test
    void broadcastsGiveTheSameNumbersAsNd4jsOwnExecutioner() {
        Nd4j.getRandom().setSeed(3);
        INDArray matrix = Nd4j.rand(DataType.DOUBLE, 5, 3);
        INDArray row = Nd4j.createFromArray(new double[][] {{2, -1, 0.5}});
        INDArray expected = matrix.mulRowVector(row);

        INDArray z = matrix.dup();
        new FencedCpuExecutioner().exec(new BroadcastMulOp(z, row, z, 1));
        assertThat(z).isEqualTo(expected);
        assertThat(z.getDouble(4, 1)).isEqualTo(-matrix.getDouble(4, 1));
    }

    /** In a fresh JVM, as the application starts: DL4J's dense layers run through it. */
    @Test
    void theBackendSelectionMakesNd4jUseIt() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                BroadcastRace.class.getName(), "dense", "--selected", "2", "2").redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).contains("dense with FencedCpuExecutioner");
    }
}
