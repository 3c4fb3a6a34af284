package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xspace synth} and {@code xspace synth sheet} on tiny datasets. */
class SynthCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @TempDir
    Path temp;

    @BeforeEach
    void capture() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    @Test
    void synthWritesADatasetAndPrintsASummary() throws IOException {
        Path data = temp.resolve("birds");
        int code = XSpaceCommand.execute("synth", "--out", data.toString(), "--species", "3", "--per-species", "2",
                "--size", "32", "--seed", "5", "--train-fraction", "0.5", "--format", "png");
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readAllLines(data.resolve("images.txt"))).hasSize(6).allMatch(l -> l.endsWith(".png"));
        assertThat(out.toString()).contains("wrote 6 images of 3 species", "train 3, test 3", "images/s");
    }

    @Test
    void synthRefusesAFolderThatIsNotEmptyUnlessForced() throws IOException {
        Path data = Files.createDirectories(temp.resolve("used"));
        Files.writeString(data.resolve("notes.txt"), "mine");
        String[] args = {"synth", "--out", data.toString(), "--species", "2", "--per-species", "1", "--size", "32"};
        assertThat(XSpaceCommand.execute(args)).isNotZero();
        assertThat(err.toString()).contains("is not empty", "--force");
        assertThat(data.resolve("images.txt")).doesNotExist();
        String[] forced = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--force"))
                .toArray(String[]::new);
        assertThat(XSpaceCommand.execute(forced)).isZero();
        assertThat(data.resolve("images.txt")).exists();
        assertThat(data.resolve("notes.txt")).exists();
    }

    @Test
    void badOptionsAreRefusedWithTheOptionNamed() {
        Path data = temp.resolve("never");
        assertThat(XSpaceCommand.execute("synth", "--out", data.toString(), "--species", "1")).isNotZero();
        assertThat(err.toString()).contains("--species must be between 2 and 999");
        assertThat(XSpaceCommand.execute("synth", "--out", data.toString(), "--format", "gif")).isNotZero();
        assertThat(err.toString()).contains("jpg or png");
        assertThat(XSpaceCommand.execute("synth", "--species", "3")).isNotZero();
        assertThat(err.toString()).contains("--out");
        assertThat(data).doesNotExist();
    }

    @Test
    void sheetDrawsAContactSheetOfADataset() throws IOException {
        Path data = temp.resolve("birds");
        assertThat(XSpaceCommand.execute("synth", "--out", data.toString(), "--species", "2", "--per-species", "2",
                "--size", "32")).isZero();
        Path png = temp.resolve("sheet.png");
        assertThat(XSpaceCommand.execute("synth", "sheet", "--data", data.toString(), "--out", png.toString(),
                "--per-class", "2", "--parts")).as(err.toString()).isZero();
        assertThat(javax.imageio.ImageIO.read(png.toFile())).isNotNull();
        assertThat(XSpaceCommand.execute("synth", "sheet", "--data", temp.resolve("nowhere").toString(),
                "--out", png.toString())).isNotZero();
        assertThat(err.toString()).contains("--data is not a folder");
    }
}
