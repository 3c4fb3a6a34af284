package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.Hyperparameters;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleShape;

/** The measured match between two modules' x-features, and the assignment behind it. */
class XFeatureMatchTest {

    private static final ModuleShape SHAPE = new ModuleShape(8, 6, 4, 3);

    @Test
    void theLargestTotalIsFoundWhereTakingTheBestPairFirstWouldMissIt() {
        assertThat(MaxAssignment.of(new double[][] {{0.9, 0.8}, {0.85, 0.1}})).containsExactly(1, 0);
        assertThat(MaxAssignment.of(new double[][] {{0.2, 0.9}, {0.1, 0.3}, {0.8, 0.7}})).containsExactly(1, -1, 0);
        assertThat(MaxAssignment.of(new double[][] {{0.5, 0.9, 0.1}})).containsExactly(1);
    }

    @Test
    void theSameXFeaturesInAnotherOrderAreFoundWithCorrelationOne() {
        ExplanationModule a = module(ModuleParameters.initial(SHAPE, true, 1, DataType.DOUBLE));
        int[] order = {2, 0, 1};
        ExplanationModule b = module(permuted(a.parameters(), order));
        XFeatureMatch match = XFeatureMatch.measure(a, b, blocks(2000));
        assertThat(match.images()).isEqualTo(2000);
        for (int k = 0; k < order.length; k++) {
            XFeatureMatch.Pair pair = match.pairOf(order[k]);
            if (Double.isNaN(pair.correlation())) {
                continue; // dead on these images: nothing to match
            }
            assertThat(pair.to()).isEqualTo(k);
            assertThat(pair.correlation()).isCloseTo(1, within(1e-9));
            if (!Double.isNaN(pair.runnerUp())) { // NaN: every other x-feature is dead on these images
                assertThat(pair.runnerUp()).isLessThan(1 - 1e-6);
            }
        }
        assertThat(match.pairs()).anyMatch(p -> !Double.isNaN(p.correlation()));
    }

    @Test
    void aDeadXFeatureCorrelatesWithNothing() {
        ModuleParameters p = ModuleParameters.initial(SHAPE, true, 1, DataType.DOUBLE);
        p.get("b3").putScalar(0, 0, -1e6);
        ExplanationModule dead = module(p);
        XFeatureMatch match = XFeatureMatch.measure(dead, dead, blocks(300));
        assertThat(match.pairOf(0).correlation()).isNaN();
        assertThat(match.correlation()[0]).containsOnly(Double.NaN);
    }

    private static List<INDArray> blocks(int rows) {
        Nd4j.getRandom().setSeed(7);
        INDArray z = Nd4j.rand(DataType.DOUBLE, rows, SHAPE.zSize());
        return List.of(z.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(0, rows / 2),
                org.nd4j.linalg.indexing.NDArrayIndex.all()), z.get(org.nd4j.linalg.indexing.NDArrayIndex.interval(
                        rows / 2, rows), org.nd4j.linalg.indexing.NDArrayIndex.all()));
    }

    private static ModuleParameters permuted(ModuleParameters p, int[] order) {
        Map<String, INDArray> a = new LinkedHashMap<>();
        p.asMap().forEach((name, value) -> a.put(name, value.dup()));
        a.put("W3", a.get("W3").getColumns(order));
        a.put("b3", a.get("b3").getColumns(order));
        a.put("v", a.get("v").getRows(order));
        a.put("D1", a.get("D1").getRows(order));
        return ModuleParameters.of(a);
    }

    private static ExplanationModule module(ModuleParameters p) {
        return new ExplanationModule(new ModuleInfo("srae-class-001", ExplanationMethod.SRAE, 1, "c", SHAPE,
                Hyperparameters.defaults(), false, List.of(), List.of(), new int[0], new int[0], "fc6", "cnn",
                Map.of(), "now"), p);
    }
}
