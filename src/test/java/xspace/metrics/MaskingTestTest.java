package xspace.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaskingTestTest {

    @Test
    void pixelsBelowOnePercentOfTheMaximumAreHidden() {
        float[] heatmap = {1.0f, 0.0101f, 0.0099f, 0.5f, 0f};
        assertThat(MaskingTest.keep(heatmap)).containsExactly(true, true, false, true, false);
    }

    @Test
    void xFeaturesKeepWhatAnyOfTheirMapsCovers() {
        float[][] maps = {{1f, 0f, 0f}, {0f, 0f, 2f}};
        assertThat(MaskingTest.union(maps)).containsExactly(1f, 0f, 2f);
        assertThat(MaskingTest.keep(MaskingTest.union(maps))).containsExactly(true, false, true);
    }

    @Test
    void hiddenPixelsBecomeZeroInEveryChannel() {
        float[] nchw = {1, 2, 3, 4, 5, 6};
        MaskingTest.apply(nchw, new boolean[] {true, false}, 3, false);
        assertThat(nchw).containsExactly(1, 0, 3, 0, 5, 0);
        float[] nhwc = {1, 2, 3, 4, 5, 6};
        MaskingTest.apply(nhwc, new boolean[] {false, true}, 3, true);
        assertThat(nhwc).containsExactly(0, 0, 0, 4, 5, 6);
    }

    @Test
    void anAllZeroHeatmapHidesEverything() {
        assertThat(MaskingTest.keep(new float[] {0, 0})).containsExactly(false, false);
    }
}
