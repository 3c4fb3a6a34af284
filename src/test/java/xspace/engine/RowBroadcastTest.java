package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Row broadcasts that keep their operation alive: the same numbers as ND4J's own, and the only ones used. */
class RowBroadcastTest {

    @ParameterizedTest(name = "{0}-order matrix, row of rank {1}")
    @CsvSource({"c, 1", "c, 2", "f, 1", "f, 2"})
    void givesTheSameNumbersAsNd4jsRowOperations(char order, int rowRank) {
        Nd4j.getRandom().setSeed(5);
        INDArray matrix = Nd4j.rand(DataType.DOUBLE, 7, 4).dup(order);
        INDArray row = Nd4j.rand(DataType.DOUBLE, 1, 4).addi(0.5);
        INDArray r = rowRank == 1 ? row.reshape(4) : row;

        assertThat(RowBroadcast.addi(matrix.dup(order), r)).isEqualTo(matrix.addRowVector(row));
        assertThat(RowBroadcast.mul(matrix, r)).isEqualTo(matrix.mulRowVector(row));
        assertThat(RowBroadcast.div(matrix, r)).isEqualTo(matrix.divRowVector(row));
        // by hand: element (i, j) gets row j
        INDArray sum = RowBroadcast.addi(matrix.dup(order), r);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 4; j++) {
                assertThat(sum.getDouble(i, j)).isEqualTo(matrix.getDouble(i, j) + row.getDouble(0, j));
            }
        }
    }

    @Test
    void inPlaceOnAViewChangesTheArrayBehindIt() {
        INDArray image = Nd4j.ones(DataType.FLOAT, 2, 3, 2);
        RowBroadcast.muli(image.reshape(2, 6), Nd4j.createFromArray(1f, 2f, 3f, 4f, 5f, 6f));
        assertThat(image.getFloat(1, 2, 1)).isEqualTo(6f);
    }

    @Test
    void aRowOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> RowBroadcast.addi(Nd4j.zeros(DataType.FLOAT, 3, 4), Nd4j.zeros(DataType.FLOAT, 1, 5)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[3, 4]");
    }

    /** ND4J's own row operations lose their operation mid-call (see {@link RowBroadcast}). */
    @Test
    void noOtherClassUsesNd4jsRowOperations() {
        Set<String> callers = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("xspace")) {
            c.getMethodCallsFromSelf().stream()
                    .filter(call -> call.getTarget().getName().matches("(r?add|r?sub|mul|r?div|put)i?RowVector"))
                    .filter(call -> call.getTargetOwner().isAssignableTo(INDArray.class))
                    .forEach(call -> callers.add(c.getName() + "." + call.getOrigin().getName()));
        }
        assertThat(callers).isEmpty();
    }
}
