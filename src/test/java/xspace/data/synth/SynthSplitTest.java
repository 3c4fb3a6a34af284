package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The train/test split follows the fraction per species and keeps both sides populated. */
class SynthSplitTest {

    @Test
    void cubSizedRunsApproximateCubsSplit() {
        SynthOptions options = SynthOptions.defaults().withSpecies(200).withPerSpecies(59);
        DatasetPlan plan = DatasetPlan.of(SyntheticBirds.catalog(options), options);
        assertThat(plan.size()).isEqualTo(11_800);
        assertThat(plan.trainingCount()).isEqualTo(6_000);
        Map<Integer, Long> perSpecies = plan.slots().stream().filter(DatasetPlan.Slot::training)
                .collect(Collectors.groupingBy(s -> s.species().id(), Collectors.counting()));
        assertThat(perSpecies).hasSize(200).allSatisfy((id, count) -> assertThat(count).isEqualTo(30L));
    }

    @Test
    void eachSideKeepsAnImageUnlessTheFractionIsZeroOrOne() {
        assertThat(DatasetPlan.trainingCount(2, 0.01)).isEqualTo(1);
        assertThat(DatasetPlan.trainingCount(2, 0.99)).isEqualTo(1);
        assertThat(DatasetPlan.trainingCount(10, 0.0)).isZero();
        assertThat(DatasetPlan.trainingCount(10, 1.0)).isEqualTo(10);
        assertThat(DatasetPlan.trainingCount(1, 0.5)).isEqualTo(1);
        assertThat(DatasetPlan.trainingCount(59, SynthOptions.CUB_TRAIN_FRACTION)).isEqualTo(30);
    }

    @Test
    void whichImagesTrainDependsOnTheSeedNotOnTheOrder() {
        SynthOptions options = SynthOptions.defaults().withSpecies(2).withPerSpecies(20);
        String first = trainingPattern(options);
        assertThat(trainingPattern(options)).isEqualTo(first);
        assertThat(trainingPattern(options.withSeed(8))).isNotEqualTo(first);
        assertThat(first).isNotEqualTo("1".repeat(10) + "0".repeat(10) + "1".repeat(10) + "0".repeat(10));
    }

    private static String trainingPattern(SynthOptions options) {
        return DatasetPlan.of(SyntheticBirds.catalog(options), options).slots().stream()
                .map(s -> s.training() ? "1" : "0").collect(Collectors.joining());
    }
}
