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
    void hiddenPixelsArePaintedWithTheNeutralColour() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(2, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, 0xFF0000);
        image.setRGB(1, 0, 0x00FF00);
        java.awt.image.BufferedImage masked = MaskingTest.masked(image, new boolean[] {true, false}, 0x808080);
        assertThat(masked.getRGB(0, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(masked.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0x808080);
    }

    @Test
    void anAllZeroHeatmapHidesEverything() {
        assertThat(MaskingTest.keep(new float[] {0, 0})).containsExactly(false, false);
    }
}
