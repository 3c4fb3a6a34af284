package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;

class ModuleParametersTest {

    @Test
    void namedParametersAreViewsOfTheFlatBuffer() {
        ModuleParameters p = ModuleParameters.initial(new ModuleShape(6, 5, 4, 3), true, 2, DataType.FLOAT);
        long total = p.asMap().values().stream().mapToLong(a -> a.length()).sum();
        assertThat(p.flat().length()).isEqualTo(total);
        p.flat().assign(0.25);
        assertThat(p.get("W1").getDouble(3, 2)).isEqualTo(0.25);
        assertThat(p.get("c3").getDouble(0, 5)).isEqualTo(0.25);
        p.get("v").putScalar(1, 0, 7.0);
        assertThat(p.flat().sumNumber().doubleValue()).isEqualTo((total - 1) * 0.25 + 7.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void spreadPutsEachParametersValueInItsSpan() {
        ModuleParameters p = ModuleParameters.initial(new ModuleShape(6, 5, 4, 3), false, 2, DataType.FLOAT);
        var spread = p.views(p.spread(name -> ModuleParameters.isWeight(name) ? 1 : 0));
        assertThat(spread.get("W2").minNumber().doubleValue()).isEqualTo(1);
        assertThat(spread.get("b2").maxNumber().doubleValue()).isZero();
        assertThat(spread.get("v").minNumber().doubleValue()).isEqualTo(1);
    }
}
