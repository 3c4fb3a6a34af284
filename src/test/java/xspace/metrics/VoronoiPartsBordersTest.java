package xspace.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.data.BoundingBox;
import xspace.data.PartLocation;

/**
 * The cells the image view draws are the regions locality measures: nearest visible part inside the
 * box (pixel centres), context outside, borders between cells and along the box.
 */
class VoronoiPartsBordersTest {

    @Test
    void eachPixelOfTheBoxBelongsToTheNearestPartAndItsCellIsOutlined() {
        // Part 2 at x = 2, part 14 at x = 7; the box covers pixel centres 1.5 … 7.5 (columns 1–7).
        List<PartLocation> parts = List.of(new PartLocation(2, 2, 2, true), new PartLocation(14, 7, 2, true));
        VoronoiParts cells = VoronoiParts.of(10, 5, new BoundingBox(1, 0, 7, 4), parts);

        assertThat(cells.region(0, 2)).isEqualTo(VoronoiParts.CONTEXT);
        assertThat(cells.region(8, 2)).isEqualTo(VoronoiParts.CONTEXT);
        assertThat(cells.region(1, 2)).isEqualTo(1);
        // Centre 4.5 lies on the bisector: the first part listed keeps it.
        assertThat(cells.region(4, 2)).isEqualTo(1);
        assertThat(cells.region(5, 2)).isEqualTo(13);
        assertThat(cells.region(7, 2)).isEqualTo(13);

        boolean[] borders = cells.borders();
        assertThat(borders[2 * 10 + 4]).as("last pixel of the first cell").isTrue();
        assertThat(borders[2 * 10 + 3]).as("inside the first cell").isFalse();
        assertThat(borders[2 * 10 + 1]).as("at the box's left edge").isTrue();
        assertThat(borders[2 * 10 + 0]).as("context is never outlined").isFalse();
    }

    @Test
    void withoutVisiblePartsEverythingIsContextAndNothingIsOutlined() {
        VoronoiParts cells = VoronoiParts.of(4, 4, new BoundingBox(0, 0, 3, 3),
                List.of(new PartLocation(1, 1, 1, false)));
        assertThat(cells.region(1, 1)).isEqualTo(VoronoiParts.CONTEXT);
        assertThat(cells.borders()).containsOnly(false);
    }
}
