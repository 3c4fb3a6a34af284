package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;
import static xspace.data.ProblemAssertions.assertProblems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the text files may hold: UTF-8 only, any line ends, and values too long to repeat whole. */
class CubTextValuesTest {

    @TempDir
    Path dir;

    private CubFixture fixture;

    @BeforeEach
    void writeValidDataset() {
        fixture = CubFixture.at(dir).withoutAttributes().withoutClicks().withoutDiscriminativeParts().write();
    }

    @Test
    void aLatin1ImagePathIsRefusedWithItsLine() throws IOException {
        replaceLine("images.txt", 3, latin1("3 002.Blue_Jay/Blue_Jay_\u00e90003.jpg"));

        CubDataset lenient = assertProblems(dir, "images.txt:3: not valid UTF-8: byte 0xE9 at byte 25 of the line"
                + " (save the file as UTF-8) (image skipped)");
        assertThat(lenient.images()).extracting(BirdImage::id).containsExactly(1, 2, 4, 5, 6);
    }

    @Test
    void aLatin1ClassNameIsNeverStoredMangled() throws IOException {
        replaceLine("classes.txt", 2, latin1("2 002.Blue_J\u00e4y"));

        CubDataset lenient = assertProblems(dir,
                "classes.txt:2: not valid UTF-8: byte 0xE4 at byte 13 of the line (save the file as UTF-8)"
                        + " (line ignored)",
                "image_class_labels.txt:3: class id 2 is not defined in classes.txt (image skipped)",
                "image_class_labels.txt:4: class id 2 is not defined in classes.txt (image skipped)");
        assertThat(lenient.classes()).extracting(BirdClass::name).containsExactly("001.Red_Tanager", "003.Green_Jay");
    }

    @Test
    void controlCharactersOfAValueAreShownEscapedNeverSentToTheTerminal() {
        fixture.replaceLine("images.txt", 3, "3 002.Blue_Jay/\u001b[2J\u202eRED.jpg");

        CubDataset lenient = CubReader.read(dir, ValidationMode.LENIENT);
        assertThat(lenient.problems()).extracting(DatasetProblem::toString)
                .anySatisfy(p -> assertThat(p).contains("002.Blue_Jay/\\u001B[2J\\u202ERED.jpg"))
                .allSatisfy(p -> assertThat(p).doesNotContain("\u001b").doesNotContain("\u202e"));
    }

    @Test
    void utf8NamesAreKeptAsWritten() {
        fixture.replaceLine("classes.txt", 2, "2 002.Blue_J\u00e4y_\u9ce5");

        assertThat(CubReader.read(dir, ValidationMode.STRICT).classes().get(1).name()).isEqualTo("002.Blue_J\u00e4y_\u9ce5");
    }

    @Test
    void crLfAndCrLineEndsReadLikeLf() throws IOException {
        for (String end : List.of("\r\n", "\r")) {
            for (String file : List.of("classes.txt", "images.txt", "bounding_boxes.txt")) {
                String text = Files.readString(fixture.file(file), StandardCharsets.UTF_8);
                Files.writeString(fixture.file(file), text.replace("\r\n", "\n").replace("\r", "\n")
                        .replace("\n", end), StandardCharsets.UTF_8);
            }
            CubDataset dataset = CubReader.read(dir, ValidationMode.STRICT);
            assertThat(dataset.images()).as(end.length() + "-byte line ends").hasSize(fixture.imageCount());
            assertThat(dataset.image(4).box()).isEqualTo(fixture.box(4));
        }
    }

    /** A value of two million characters is shown by its first 80 and its length. */
    @Test
    void aHugeValueIsShortenedInTheProblem() {
        String huge = "x".repeat(2_000_000);
        fixture.replaceLine("bounding_boxes.txt", 4, "4 4.0 " + huge + " 60.0 36.5");
        fixture.replaceLine("images.txt", 2, "2 " + huge + ".jpg");

        CubDataset lenient = assertProblems(dir,
                "bounding_boxes.txt:4: field 3 <y> is not a number: \"" + "x".repeat(80)
                        + "…\" (2,000,000 characters) (box ignored)",
                "images.txt:2: image file not found: images/" + "x".repeat(80) + "… (2,000,004 characters)"
                        + " (image skipped)");
        assertThat(lenient.problems()).allSatisfy(p -> assertThat(p.toString()).hasSizeLessThan(200));
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Replaces line {@code number} (1-based) with raw bytes, which need not be UTF-8. */
    private void replaceLine(String file, int number, byte[] line) throws IOException {
        List<String> lines = Files.readAllLines(fixture.file(file), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.write(i == number - 1 ? line : lines.get(i).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }
        Files.write(fixture.file(file), out.toByteArray());
    }
}
