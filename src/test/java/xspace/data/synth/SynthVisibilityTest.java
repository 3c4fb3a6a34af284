package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.util.List;
import org.junit.jupiter.api.Test;
import xspace.data.CubParts;
import xspace.data.PartLocation;

/**
 * A bird facing left shows its left side: its right eye, leg and wing are hidden, and the other
 * way round. Near-side parts are hidden only where the occluder covers them.
 */
class SynthVisibilityTest {

    private static final List<String> LEFT = List.of("left eye", "left leg", "left wing");
    private static final List<String> RIGHT = List.of("right eye", "right leg", "right wing");

    @Test
    void theFarSideEyeLegAndWingAreInvisible() {
        int facingRight = 0;
        List<Scene> scenes = TestScenes.sample(60, 96, 21);
        for (Scene scene : scenes) {
            List<PartLocation> parts = PartAnnotator.annotate(scene);
            boolean right = scene.pose().facingRight();
            facingRight += right ? 1 : 0;
            for (String far : right ? LEFT : RIGHT) {
                PartLocation part = parts.get(CubParts.id(far) - 1);
                assertThat(part.visible()).as(far + " facing " + (right ? "right" : "left")).isFalse();
                assertThat(part.x()).isZero();
                assertThat(part.y()).isZero();
            }
        }
        assertThat(facingRight).as("both directions occur").isBetween(10, 50);
    }

    @Test
    void nearSidePartsAreHiddenExactlyWhereTheOccluderCoversThem() {
        int occluded = 0;
        for (Scene scene : TestScenes.sample(120, 96, 22)) {
            List<PartLocation> parts = PartAnnotator.annotate(scene);
            for (PartLocation part : parts) {
                BodyRegion region = BodyRegion.ofCubPart(part.partId());
                if (!part.name().equals(region.visiblePart(scene.pose().facingRight()))) {
                    continue;
                }
                Point2D anchor = scene.pose().birdToImage().transform(scene.shape().anchor(region), null);
                boolean covered = scene.occluder().map(o -> o.covers(anchor)).orElse(false);
                assertThat(part.visible()).as(part.name()).isEqualTo(!covered);
                occluded += covered ? 1 : 0;
            }
            assertThat(parts).hasSize(CubParts.COUNT);
        }
        assertThat(occluded).as("some parts are occluded").isGreaterThan(10);
    }

    @Test
    void theOccluderIsDrawnOverTheBirdWhereItHidesAPart() {
        for (Scene scene : TestScenes.sample(120, 128, 23)) {
            if (scene.occluder().isEmpty()) {
                continue;
            }
            Occluder occluder = scene.occluder().get();
            var image = SceneRenderer.render(scene, RenderStyle.CLEAN).image();
            for (BodyRegion region : BodyRegion.values()) {
                Point2D anchor = scene.pose().birdToImage().transform(scene.shape().anchor(region), null);
                if (occluder.shape().contains(anchor.getX(), anchor.getY())
                        && occluder.shape().contains(anchor.getX() + 2, anchor.getY() + 2)
                        && occluder.shape().contains(anchor.getX() - 2, anchor.getY() - 2)) {
                    int rgb = image.getRGB((int) anchor.getX(), (int) anchor.getY());
                    assertThat(TestScenes.distance(rgb, occluder.colour())).isLessThanOrEqualTo(2);
                }
            }
        }
    }
}
