package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.BirdImage;
import xspace.data.BoundingBox;
import xspace.data.CubDataset;
import xspace.data.CubParts;
import xspace.data.CubReader;
import xspace.data.PartLocation;
import xspace.data.ValidationMode;
import xspace.engine.TaskMonitor;

/** Synthetic birds written and read back by the CUB reader: every count, box and part matches what was drawn. */
class SynthRoundTripTest {

    /** The files keep one decimal. */
    private static final double WRITTEN_PRECISION = 0.051;

    @TempDir
    Path dir;

    @Test
    void theReaderSeesExactlyWhatTheGeneratorDrew() throws Exception {
        SynthOptions options = SynthOptions.defaults().withSpecies(5).withPerSpecies(6).withSize(64).withSeed(21);
        SynthSummary summary = SyntheticBirds.generate(dir, options, TaskMonitor.NONE);
        CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);

        assertThat(dataset.problems()).isEmpty();
        assertThat(dataset.images()).hasSize(summary.images()).hasSize(30);
        assertThat(dataset.classes()).hasSize(5);
        assertThat((long) dataset.trainImages().size()).isEqualTo(summary.training());
        assertThat(dataset.partNames()).isEqualTo(CubParts.NAMES);
        SpeciesCatalog catalog = SyntheticBirds.catalog(options);
        for (DatasetPlan.Slot slot : DatasetPlan.of(catalog, options).slots()) {
            BirdImage image = dataset.image(slot.id());
            assertThat(image.relativePath()).isEqualTo(slot.relativePath());
            assertThat(image.classId()).isEqualTo(slot.species().id());
            assertThat(image.training()).isEqualTo(slot.training());
            Scene scene = SyntheticBirds.scene(options, slot);
            assertBoxEquals(image.box(), SceneRenderer.render(scene, RenderStyle.CLEAN).box());
            assertPartsEqual(image.parts(), PartAnnotator.annotate(scene));
            assertThat(dataset.imageSize(image).width()).isEqualTo(64);
        }
        for (Species species : catalog.species()) {
            assertThat(dataset.discriminativeParts(species.id()))
                    .containsExactlyInAnyOrderElementsOf(catalog.discriminativePartIds(species));
        }
    }

    private static void assertBoxEquals(BoundingBox read, BoundingBox drawn) {
        assertThat(read.x()).isCloseTo(drawn.x(), within(WRITTEN_PRECISION));
        assertThat(read.y()).isCloseTo(drawn.y(), within(WRITTEN_PRECISION));
        assertThat(read.width()).isCloseTo(drawn.width(), within(WRITTEN_PRECISION));
        assertThat(read.height()).isCloseTo(drawn.height(), within(WRITTEN_PRECISION));
    }

    private static void assertPartsEqual(List<PartLocation> read, List<PartLocation> drawn) {
        assertThat(read).hasSize(CubParts.COUNT);
        for (int p = 0; p < CubParts.COUNT; p++) {
            assertThat(read.get(p).visible()).as(read.get(p).name()).isEqualTo(drawn.get(p).visible());
            if (drawn.get(p).visible()) {
                assertThat(read.get(p).x()).isCloseTo(drawn.get(p).x(), within(WRITTEN_PRECISION));
                assertThat(read.get(p).y()).isCloseTo(drawn.get(p).y(), within(WRITTEN_PRECISION));
            }
        }
    }
}
