package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading a valid dataset, and what strict and lenient reads do with a broken one. */
class CubReaderTest {

    @TempDir
    Path dir;

    @Test
    void readsAValidDatasetCompletely() {
        CubFixture fixture = CubFixture.at(dir).write();

        CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);

        assertThat(dataset.problems()).isEmpty();
        assertThat(dataset.missingImages()).isEmpty();
        assertThat(dataset.root()).isEqualTo(dir);
        assertThat(dataset.classes()).extracting(BirdClass::name).containsExactlyElementsOf(CubFixture.CLASS_NAMES);
        assertThat(dataset.images()).hasSize(6).extracting(BirdImage::id).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(dataset.trainImages()).extracting(BirdImage::id).containsExactly(1, 3, 5);
        assertThat(dataset.testImages()).extracting(BirdImage::id).containsExactly(2, 4, 6);
        assertThat(dataset.partNames()).isEqualTo(CubParts.NAMES);
        for (BirdImage image : dataset.images()) {
            int id = image.id();
            assertThat(image.relativePath()).isEqualTo(fixture.relativePath(id));
            assertThat(image.classId()).isEqualTo(fixture.classId(id));
            assertThat(image.box()).isEqualTo(fixture.box(id));
            assertThat(image.parts()).hasSize(CubParts.COUNT);
            for (int partId = 1; partId <= CubParts.COUNT; partId++) {
                assertThat(image.part(partId)).isEqualTo(fixture.part(id, partId));
            }
        }
    }

    @Test
    void findsImagesByIdAndClass() {
        CubFixture.at(dir).write();

        CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);

        BirdImage third = dataset.image(3);
        assertThat(dataset.classOf(third)).isEqualTo(new BirdClass(2, "002.Blue_Jay"));
        assertThat(dataset.imagesOf(2)).extracting(BirdImage::id).containsExactly(3, 4);
        assertThat(dataset.imagesOf(99)).isEmpty();
        assertThat(dataset.imagePath(third)).isEqualTo(dir.resolve("images/002.Blue_Jay/Blue_Jay_0003.jpg"));
        assertThatThrownBy(() -> dataset.image(42)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsTheOptionalFiles() {
        CubFixture fixture = CubFixture.at(dir).write();

        CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);

        assertThat(dataset.discriminativeParts(1)).isEqualTo(fixture.discriminativeParts(1));
        assertThat(dataset.discriminativeParts(3)).isEqualTo(fixture.discriminativeParts(3));
        int visible = 0;
        for (int partId = 1; partId <= CubParts.COUNT; partId++) {
            assertThat(dataset.visibleCount(partId)).as("part %d", partId).isEqualTo(fixture.visibleCount(partId));
            visible += fixture.visibleCount(partId);
        }
        assertThat(dataset.clickLocationCount()).hasValue(visible);
        CubAttributes attributes = dataset.attributes().orElseThrow();
        assertThat(attributes.names()).isEqualTo(CubFixture.ATTRIBUTES);
        for (int image = 1; image <= fixture.imageCount(); image++) {
            BitSet expected = new BitSet();
            for (int attribute = 1; attribute <= attributes.count(); attribute++) {
                if (fixture.attributePresent(image, attribute)) {
                    expected.set(attribute - 1);
                }
                assertThat(attributes.isPresent(image, attribute)).isEqualTo(fixture.attributePresent(image, attribute));
            }
            assertThat(attributes.presentIn(image)).isEqualTo(expected);
        }
    }

    @Test
    void leavesOutOptionalFilesThatDoNotExist() {
        CubFixture.at(dir).withoutAttributes().withoutClicks().withoutDiscriminativeParts().write();

        CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);

        assertThat(dataset.attributes()).isEmpty();
        assertThat(dataset.clickLocationCount()).isEmpty();
        assertThat(dataset.discriminativeParts()).isEmpty();
        assertThat(dataset.discriminativeParts(1)).isEmpty();
    }

    @Test
    void strictReadCollectsEveryProblemBeforeRefusing() {
        CubFixture fixture = CubFixture.at(dir).write();
        fixture.replaceLine("bounding_boxes.txt", 2, "2 4 5");
        fixture.replaceLine("image_class_labels.txt", 5, "5 9");
        fixture.replaceLine("parts/part_locs.txt", 7, "1 7 3.0 4.0 2");

        assertThatThrownBy(() -> CubReader.read(dir, ValidationMode.STRICT))
                .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems())
                        .extracting(DatasetProblem::toString)
                        .containsExactly(
                                "image_class_labels.txt:5: class id 9 is not defined in classes.txt",
                                "bounding_boxes.txt:2: expected 5 fields \"<image_id> <x> <y> <width> <height>\", found 3",
                                "parts/part_locs.txt:7: field 5 <visible> must be 0 or 1, found 2"));
    }

    @Test
    void lenientReadKeepsWhatIsUsableAndSaysWhatItLeftOut() {
        CubFixture fixture = CubFixture.at(dir).write();
        fixture.replaceLine("bounding_boxes.txt", 2, "2 4 5");
        fixture.replaceLine("image_class_labels.txt", 5, "5 9");
        fixture.replaceLine("parts/part_locs.txt", 7, "1 7 3.0 4.0 2");

        CubDataset dataset = CubReader.read(dir, ValidationMode.LENIENT);

        assertThat(dataset.problems()).extracting(DatasetProblem::toString).containsExactly(
                "image_class_labels.txt:5: class id 9 is not defined in classes.txt (image skipped)",
                "bounding_boxes.txt:2: expected 5 fields \"<image_id> <x> <y> <width> <height>\", found 3"
                        + " (box ignored)",
                "parts/part_locs.txt:7: field 5 <visible> must be 0 or 1, found 2 (part marked invisible)");
        assertThat(dataset.images()).extracting(BirdImage::id).containsExactly(1, 2, 3, 4, 6);
        assertThat(dataset.image(2).box()).isNull();
        assertThat(dataset.image(2).hasBox()).isFalse();
        assertThat(dataset.image(1).part(7).visible()).isFalse();
        assertThat(dataset.image(1).part(8)).isEqualTo(fixture.part(1, 8));
    }

    @Test
    void refusesAFolderThatIsNotADatasetInEitherMode() {
        assertThatThrownBy(() -> CubReader.read(dir.resolve("nowhere"), ValidationMode.LENIENT))
                .isInstanceOf(DatasetException.class)
                .hasMessage("dataset folder not found: " + dir.resolve("nowhere"));
        assertThatThrownBy(() -> CubReader.read(dir, ValidationMode.LENIENT))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("not a CUB-layout dataset: images.txt, classes.txt,")
                .hasMessageNotContaining("\n");
    }

    @Test
    void refusesADatasetWithoutARequiredFileInEitherMode() throws Exception {
        CubFixture.at(dir).write();
        Files.delete(dir.resolve("bounding_boxes.txt"));

        assertThatThrownBy(() -> CubReader.read(dir, ValidationMode.LENIENT))
                .isInstanceOfSatisfying(DatasetException.class, e -> assertThat(e.problems())
                        .containsExactly(new DatasetProblem("bounding_boxes.txt", 0,
                                "required file is missing in " + dir)));
    }

    @Test
    void datasetHoldsNoPixelsAndLoadsEachImageAfresh() {
        CubFixture fixture = CubFixture.at(dir).write();
        CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);
        BirdImage image = dataset.image(CubFixture.PNG_IMAGE);

        BufferedImage first = dataset.loadImage(image);
        fixture.writeImage(image.id(), solidGreen(fixture.size(image.id())), "png");
        BufferedImage second = dataset.loadImage(image);

        assertThat(first).isNotSameAs(second);
        assertThat(first.getRGB(1, 1) & 0xffffff).isNotEqualTo(0x00ff00);
        assertThat(second.getRGB(1, 1) & 0xffffff).isEqualTo(0x00ff00);
        assertThat(second.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(dataset.imageSize(image)).isEqualTo(fixture.size(image.id()));
        assertThat(Arrays.stream(CubDataset.class.getDeclaredFields()).map(Field::getType))
                .noneMatch(type -> type.getName().startsWith("java.awt") || type.isArray());
    }

    private static BufferedImage solidGreen(ImageSize size) {
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.GREEN);
        g.fillRect(0, 0, size.width(), size.height());
        g.dispose();
        return image;
    }
}
