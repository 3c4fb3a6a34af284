package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.data.BoundingBox;
import xspace.data.PartLocation;

/** The display-only Voronoi cells: nearest visible part inside the box, borders between cells. */
class AppVoronoiCellsTest {

    @Test
    void eachPixelOfTheBoxBelongsToTheNearestPartAndPixelsOutsideToNone() {
        List<PartLocation> parts = List.of(new PartLocation(2, 2, 2, true), new PartLocation(14, 7, 2, true));
        int[] labels = VoronoiCells.labels(10, 5, new BoundingBox(1, 0, 7, 4), parts);

        // Columns 1–4 are nearer to x = 2, columns 5–8 to x = 7 (x = 4.5 is the bisector); 0 and 9 are outside.
        assertThat(labels[0]).isEqualTo(VoronoiCells.OUTSIDE);
        assertThat(labels[9]).isEqualTo(VoronoiCells.OUTSIDE);
        assertThat(labels[2 * 10 + 1]).isZero();
        assertThat(labels[2 * 10 + 4]).isZero();
        assertThat(labels[2 * 10 + 5]).isEqualTo(1);
        assertThat(labels[2 * 10 + 8]).isEqualTo(1);

        boolean[] borders = VoronoiCells.borders(labels, 10, 5);
        assertThat(borders[2 * 10 + 4]).as("last pixel of the first cell").isTrue();
        assertThat(borders[2 * 10 + 3]).as("inside the first cell").isFalse();
        assertThat(borders[2 * 10 + 1]).as("at the box's left edge").isTrue();
    }

    @Test
    void withoutVisiblePartsThereAreNoCells() {
        int[] labels = VoronoiCells.labels(4, 4, new BoundingBox(0, 0, 3, 3), List.of());
        assertThat(labels).containsOnly(VoronoiCells.OUTSIDE);
    }
}
