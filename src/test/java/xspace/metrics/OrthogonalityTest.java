package xspace.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrthogonalityTest {

    @Test
    void uncorrelatedHeatmapsGiveTheIdentityAndZero() {
        float[][] image = {{2, 0, 2, 0}, {2, 2, 0, 0}, {2, 0, 0, 2}};
        Orthogonality o = Orthogonality.of(List.<float[][]>of(image));
        assertThat(o.degenerate()).isFalse();
        assertThat(o.o1()).isCloseTo(0, within(1e-12));
        assertThat(o.o2()).isCloseTo(0, within(1e-12));
        assertThat(o.correlation()[0][1]).isCloseTo(0, within(1e-12));
    }

    @Test
    void aKnownCorrelationGivesTheFormulaValues() {
        // a = (1, 0, 0, 0), b = (1, 1, 0, 0): means 1/4 and 1/2, cov 1/8, var 3/16 and 1/4 → r = 1/√3
        float[][] image = {{1, 0, 0, 0}, {1, 1, 0, 0}};
        Orthogonality o = Orthogonality.of(List.<float[][]>of(image));
        double r = 1 / Math.sqrt(3);
        assertThat(o.correlation()[0][1]).isCloseTo(r, within(1e-9));
        assertThat(o.o1()).isCloseTo(Math.sqrt(2 + 2 * r * r) - Math.sqrt(2), within(1e-9));
        assertThat(o.o2()).isCloseTo(-Math.log(1 - r * r), within(1e-9));
    }

    @Test
    void covarianceIsAggregatedOverImages() {
        // Over the two images together the maps are the uncorrelated ones of the first test.
        float[][] first = {{2, 0}, {2, 2}};
        float[][] second = {{2, 0}, {0, 0}};
        Orthogonality o = Orthogonality.of(List.of(first, second));
        assertThat(o.o2()).isCloseTo(0, within(1e-12));
    }

    @Test
    void identicalHeatmapsAreDegenerateNotNan() {
        float[][] image = {{1, 3, 2, 0}, {1, 3, 2, 0}};
        Orthogonality o = Orthogonality.of(List.<float[][]>of(image));
        assertThat(o.degenerate()).isTrue();
        assertThat(o.o2()).isInfinite();
        assertThat(o.o1()).isCloseTo(2 - Math.sqrt(2), within(1e-9));
    }

    @Test
    void aConstantHeatmapIsDegenerate() {
        assertThat(Orthogonality.of(List.<float[][]>of(new float[][] {{1, 1, 1}, {0, 1, 2}})).degenerate()).isTrue();
    }
}
