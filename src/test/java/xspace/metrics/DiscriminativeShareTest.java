package xspace.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import xspace.data.BoundingBox;
import xspace.data.CubParts;
import xspace.data.PartLocation;

class DiscriminativeShareTest {

    /** A 4 × 1 image, box over all of it: pixels 0 and 1 in part 1's cell, 2 and 3 in part 2's. */
    private static VoronoiParts twoCells() {
        List<PartLocation> parts = new ArrayList<>();
        for (int id = 1; id <= CubParts.COUNT; id++) {
            switch (id) {
                case 1 -> parts.add(new PartLocation(id, 0.5, 0.5, true));
                case 2 -> parts.add(new PartLocation(id, 3.5, 0.5, true));
                default -> parts.add(new PartLocation(id, 0, 0, false));
            }
        }
        return VoronoiParts.of(4, 1, new BoundingBox(0, 0, 4, 1), parts);
    }

    private static final float[] ON_PART_1 = {1, 1, 0, 0};
    private static final float[] QUARTER_ON_PART_1 = {0, 1, 1, 2};

    @Test
    void shareIsTheMassInTheCellsOfTheTellingParts() {
        assertThat(DiscriminativeShare.of(twoCells(), ON_PART_1, Set.of(1))).isEqualTo(1.0);
        assertThat(DiscriminativeShare.of(twoCells(), QUARTER_ON_PART_1, Set.of(1))).isCloseTo(0.25, within(1e-12));
        assertThat(DiscriminativeShare.of(twoCells(), QUARTER_ON_PART_1, Set.of(1, 2))).isCloseTo(1.0, within(1e-12));
        assertThat(DiscriminativeShare.of(twoCells(), new float[4], Set.of(1))).isZero();
    }

    @Test
    void explanationShareWeighsEachMapByItsPositiveContribution() {
        float[][] maps = {ON_PART_1, QUARTER_ON_PART_1};
        // (3 · 1 + 1 · 0.25) / (3 + 1)
        assertThat(DiscriminativeShare.ofExplanation(twoCells(), maps, new double[] {3, 1}, Set.of(1)))
                .isCloseTo(0.8125, within(1e-12));
        // a map whose x-feature speaks against the class, or is silent, adds nothing
        assertThat(DiscriminativeShare.ofExplanation(twoCells(), maps, new double[] {-2, 1}, Set.of(1)))
                .isCloseTo(0.25, within(1e-12));
        assertThat(DiscriminativeShare.ofExplanation(twoCells(), maps, new double[] {0, 1}, Set.of(1)))
                .isCloseTo(0.25, within(1e-12));
    }

    @Test
    void anImageThatNoXFeatureExplainsHasNoShare() {
        float[][] maps = {ON_PART_1, QUARTER_ON_PART_1};
        assertThat(DiscriminativeShare.ofExplanation(twoCells(), maps, new double[] {0, -1}, Set.of(1))).isNaN();
        assertThatThrownBy(() -> DiscriminativeShare.ofExplanation(twoCells(), maps, new double[] {1}, Set.of(1)))
                .hasMessageContaining("2 maps for 1 contributions");
    }
}
