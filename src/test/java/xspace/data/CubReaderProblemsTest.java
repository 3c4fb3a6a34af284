package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of damage a dataset can have, with the exact problem reported: file, line and what was
 * expected. Every case is read both ways: strict refuses with the problems, lenient reports them
 * with what it left out.
 */
class CubReaderProblemsTest {

    @TempDir
    Path dir;

    private CubFixture fixture;

    @BeforeEach
    void writeValidDataset() {
        fixture = CubFixture.at(dir).write();
    }

    @Test
    void truncatedLine() {
        fixture.replaceLine("images.txt", 3, "3");

        fixture.replaceLine("bounding_boxes.txt", 4, "4 4.0 5.0");
        fixture.replaceLine("parts/part_locs.txt", fixture.partLocsLine(5, 6), "5 6 20.0");
        fixture.replaceLine("train_test_split.txt", 6, "six");

        CubDataset dataset = assertProblems(
                "images.txt:3: expected 2 fields \"<image_id> <image_name>\", found 1 (image skipped)",
                "train_test_split.txt:6: expected 2 fields \"<image_id> <is_training_image>\", found 1"
                        + " (line ignored)",
                "bounding_boxes.txt:4: expected 5 fields \"<image_id> <x> <y> <width> <height>\", found 3"
                        + " (box ignored)",
                "parts/part_locs.txt:66: expected 5 fields \"<image_id> <part_id> <x> <y> <visible>\", found 3"
                        + " (part marked invisible)",
                "train_test_split.txt: image 6 has no train/test split (image skipped)");
        assertThat(dataset.images()).extracting(BirdImage::id).containsExactly(1, 2, 4, 5);
        assertThat(dataset.image(4).box()).isNull();
        assertThat(dataset.image(5).part(6).visible()).isFalse();
    }

    @Test
    void nonNumericFields() {
        fixture.replaceLine("bounding_boxes.txt", 4, "4 4.0 abc 60.0 36.5");
        fixture.replaceLine("train_test_split.txt", 2, "2x 1");

        CubDataset dataset = assertProblems(
                "train_test_split.txt:2: field 1 <image_id> is not an integer: \"2x\" (line ignored)",
                "bounding_boxes.txt:4: field 3 <y> is not a number: \"abc\" (box ignored)",
                "train_test_split.txt: image 2 has no train/test split (image skipped)");
        assertThat(dataset.image(4).box()).isNull();
        assertThat(dataset.images()).extracting(BirdImage::id).doesNotContain(2);
    }

    @Test
    void idsThatAreNotDefined() {
        fixture.appendLine("image_class_labels.txt", "7 1");
        fixture.replaceLine("image_class_labels.txt", 6, "6 4");

        assertProblems(
                "image_class_labels.txt:6: class id 4 is not defined in classes.txt (image skipped)",
                "image_class_labels.txt:7: image id 7 is not defined in images.txt (line ignored)");
    }

    @Test
    void duplicateIds() {
        fixture.appendLine("images.txt", "3 002.Blue_Jay/Blue_Jay_0099.jpg");
        fixture.appendLine("image_class_labels.txt", "1 2");
        fixture.appendLine("classes.txt", "2 004.Gray_Jay");

        CubDataset dataset = assertProblems(
                "classes.txt:4: duplicate class id 2 (first on line 2) (line ignored)",
                "images.txt:7: duplicate image id 3 (first on line 3) (line ignored)",
                "image_class_labels.txt:7: duplicate image id 1 (first on line 1) (line ignored)");
        assertThat(dataset.image(1).classId()).isEqualTo(1);
        assertThat(dataset.image(3).relativePath()).isEqualTo(fixture.relativePath(3));
    }

    @Test
    void imagesWithoutLabelSplitOrBox() {
        fixture.deleteLine("image_class_labels.txt", 4);
        fixture.deleteLine("train_test_split.txt", 5);
        fixture.deleteLine("bounding_boxes.txt", 6);

        CubDataset dataset = assertProblems(
                "image_class_labels.txt: image 4 has no class label (image skipped)",
                "train_test_split.txt: image 5 has no train/test split (image skipped)",
                "bounding_boxes.txt: image 6 has no bounding box (box ignored)");
        assertThat(dataset.images()).extracting(BirdImage::id).containsExactly(1, 2, 3, 6);
    }

    @Test
    void missingImageFile() throws Exception {
        Files.delete(fixture.imageFile(3));

        CubDataset dataset = assertProblems(
                "images.txt:3: image file not found: images/002.Blue_Jay/Blue_Jay_0003.jpg (image skipped)");
        assertThat(dataset.missingImages()).containsExactly("002.Blue_Jay/Blue_Jay_0003.jpg");
    }

    @Test
    void emptyAndCorruptImageFiles() throws Exception {
        Files.write(fixture.imageFile(2), new byte[0]);
        Files.writeString(fixture.imageFile(5), "not an image at all");

        assertProblems(
                "images/001.Red_Tanager/Red_Tanager_0002.jpg: the image file is empty (0 bytes) (image skipped)",
                "images/003.Green_Jay/Green_Jay_0005.jpg: not a readable image: no JPEG or PNG reader recognises"
                        + " its content (image skipped)");
    }

    @Test
    void partOutsideTheImage() {
        int line = fixture.partLocsLine(1, 2);
        fixture.replaceLine("parts/part_locs.txt", line, "1 2 500.0 8.0 1");

        CubDataset dataset = assertProblems("parts/part_locs.txt:" + line
                + ": part 2 (beak) of image 1 at (500, 8) lies outside the 72×48 image (part marked invisible)");
        assertThat(dataset.image(1).part(2).visible()).isFalse();
        assertThat(dataset.image(1).visibleParts()).hasSize(fixture.part(1, 2).visible() ? 11 : 12);
    }

    @Test
    void invisiblePartsMayLieAnywhere() {
        fixture.replaceLine("parts/part_locs.txt", fixture.partLocsLine(1, 2), "1 2 500.0 8.0 0");

        assertThat(CubReader.read(dir, ValidationMode.STRICT).image(1).part(2).visible()).isFalse();
    }

    @Test
    void boxOutsideTheImage() {
        fixture.replaceLine("bounding_boxes.txt", 1, "1 4.0 5.0 300.0 36.5");

        CubDataset dataset = assertProblems(
                "bounding_boxes.txt:1: box (4, 5, 300, 36.5) of image 1 lies outside the 72×48 image (box ignored)");
        assertThat(dataset.image(1).box()).isNull();
    }

    @Test
    void wrongNumberOfPartLocations() {
        fixture.deleteLine("parts/part_locs.txt", fixture.partLocsLine(2, 1));
        fixture.appendLine("parts/part_locs.txt", "1 3 2.0 2.0 1");
        fixture.appendLine("parts/part_locs.txt", "1 16 2.0 2.0 1");

        CubDataset dataset = assertProblems(
                "parts/part_locs.txt:90: duplicate part 3 for image 1 (first on line 3) (line ignored)",
                "parts/part_locs.txt:91: part id 16 is outside 1..15 (line ignored)",
                "parts/part_locs.txt: image 2 has 14 part locations, expected 15; missing: back"
                        + " (part marked invisible)");
        assertThat(dataset.image(2).parts()).hasSize(15);
        assertThat(dataset.image(2).part(1).visible()).isFalse();
        assertThat(dataset.image(1).part(3)).isEqualTo(fixture.part(1, 3));
    }

    @Test
    void visibleFlagMustBeZeroOrOne() {
        fixture.replaceLine("parts/part_locs.txt", fixture.partLocsLine(3, 4), "3 4 14.0 12.0 yes");

        assertProblems("parts/part_locs.txt:34: field 5 <visible> is not an integer: \"yes\" (part marked invisible)");
    }

    @Test
    void imagePathsMustStayInsideTheImageFolder() {
        fixture.replaceLine("images.txt", 2, "2 ../../etc/passwd");

        assertProblems("images.txt:2: image path must lie inside images/: \"../../etc/passwd\" (image skipped)");
    }

    @Test
    void optionalFilesAreCheckedToo() throws Exception {
        fixture.replaceLine("parts/discriminative_parts.txt", 2, "2 3 16");
        fixture.replaceLine("parts/part_click_locs.txt", 1, "1 1 5.0 6.0 1");
        fixture.replaceLine("attributes/image_attribute_labels.txt", 3, "1 3 2 3 12.5");

        CubDataset dataset = assertProblems(
                "attributes/image_attribute_labels.txt:3: field 3 <is_present> must be 0 or 1, found 2 (line ignored)",
                "parts/part_click_locs.txt:1: expected 6 fields \"<image_id> <part_id> <x> <y> <visible> <time>\","
                        + " found 5 (line ignored)",
                "parts/discriminative_parts.txt:2: part id 16 is outside 1..15 (line ignored)");
        assertThat(dataset.discriminativeParts(2)).isEmpty();
        Files.delete(dir.resolve("attributes/attributes.txt"));
        assertThat(CubReader.read(dir, ValidationMode.LENIENT).problems()).extracting(DatasetProblem::toString)
                .contains("attributes/attributes.txt: missing, while attributes/image_attribute_labels.txt"
                        + " is present (file ignored)");
    }

    /**
     * Reads the dataset both ways: lenient must report exactly these problems, strict must refuse
     * with the same causes.
     */
    private CubDataset assertProblems(String... expected) {
        CubDataset lenient = CubReader.read(dir, ValidationMode.LENIENT);
        assertThat(lenient.problems()).extracting(DatasetProblem::toString).containsExactly(expected);
        DatasetException refusal = catchThrowableOfType(DatasetException.class,
                () -> CubReader.read(dir, ValidationMode.STRICT));
        assertThat(refusal).as("strict read refuses").isNotNull();
        assertThat(refusal.problems()).extracting(DatasetProblem::toString)
                .containsExactlyElementsOf(Arrays.stream(expected).map(CubReaderProblemsTest::withoutOutcome).toList());
        return lenient;
    }

    private static String withoutOutcome(String problem) {
        return problem.replaceFirst(" \\((line ignored|image skipped|box ignored|part marked invisible"
                + "|file ignored)\\)$", "");
    }
}
