package xspace.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import xspace.data.BoundingBox;
import xspace.data.CubParts;
import xspace.data.PartLocation;

class LocalityTest {

    private static final int W = 40;
    private static final int H = 30;
    private static final BoundingBox BOX = new BoundingBox(5, 5, 30, 20);

    /** Three visible parts at pixel centres, the rest invisible. */
    private static List<PartLocation> parts() {
        List<PartLocation> parts = new ArrayList<>();
        for (int id = 1; id <= CubParts.COUNT; id++) {
            switch (id) {
                case 2 -> parts.add(new PartLocation(id, 10.5, 10.5, true));
                case 5 -> parts.add(new PartLocation(id, 25.5, 10.5, true));
                case 14 -> parts.add(new PartLocation(id, 20.5, 20.5, true));
                default -> parts.add(new PartLocation(id, 0, 0, false));
            }
        }
        return parts;
    }

    @Test
    void regionsMatchABruteForceNearestPartAssignment() {
        VoronoiParts voronoi = VoronoiParts.of(W, H, BOX, parts());
        Random random = new Random(3);
        for (int trial = 0; trial < 500; trial++) {
            int x = random.nextInt(W);
            int y = random.nextInt(H);
            double cx = x + 0.5;
            double cy = y + 0.5;
            int expected;
            if (cx < 5 || cy < 5 || cx > 35 || cy > 25) {
                expected = VoronoiParts.CONTEXT;
            } else {
                double best = Double.MAX_VALUE;
                expected = -1;
                for (PartLocation p : parts()) {
                    double d = Math.hypot(cx - p.x(), cy - p.y());
                    if (p.visible() && d < best) {
                        best = d;
                        expected = p.partId() - 1;
                    }
                }
            }
            assertThat(voronoi.region(x, y)).as("pixel %d,%d", x, y).isEqualTo(expected);
        }
    }

    @Test
    void weightsFallFromOneAtThePartToZeroAtTheCellsFarthestPixel() {
        VoronoiParts voronoi = VoronoiParts.of(W, H, BOX, parts());
        assertThat(voronoi.weight(10, 10)).isEqualTo(1f);
        assertThat(voronoi.weight(0, 0)).isEqualTo(1f);
        float min = 1;
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                if (voronoi.region(x, y) == 1) {
                    min = Math.min(min, voronoi.weight(x, y));
                }
            }
        }
        assertThat(min).isZero();
    }

    @Test
    void aHeatmapInsideOneCellHasLocalityZero() {
        VoronoiParts voronoi = VoronoiParts.of(W, H, BOX, parts());
        float[] heatmap = new float[W * H];
        heatmap[10 * W + 10] = 0.5f;
        heatmap[11 * W + 11] = 0.5f;
        Locality locality = new Locality();
        locality.add(voronoi, heatmap);
        assertThat(locality.entropy()).isCloseTo(0, within(1e-12));
        assertThat(locality.distribution()[1]).isCloseTo(1, within(1e-12));
    }

    @Test
    void aHeatmapSpreadEvenlyOverKCellsHasLocalityLogK() {
        VoronoiParts voronoi = VoronoiParts.of(W, H, BOX, parts());
        float[] heatmap = new float[W * H];
        heatmap[10 * W + 10] = 0.25f;   // beak
        heatmap[10 * W + 25] = 0.25f;   // crown
        heatmap[20 * W + 20] = 0.25f;   // tail
        heatmap[0] = 0.25f;             // context
        Locality locality = new Locality();
        locality.add(voronoi, heatmap);
        assertThat(locality.entropy()).isCloseTo(Math.log(4), within(1e-9));
    }

    @Test
    void massesAreSummedOverImagesBeforeTheEntropy() {
        VoronoiParts voronoi = VoronoiParts.of(W, H, BOX, parts());
        float[] beak = new float[W * H];
        beak[10 * W + 10] = 1f;
        float[] crown = new float[W * H];
        crown[10 * W + 25] = 1f;
        Locality locality = new Locality();
        locality.add(voronoi, beak);
        locality.add(voronoi, crown);
        assertThat(locality.entropy()).isCloseTo(Math.log(2), within(1e-9));
    }
}
