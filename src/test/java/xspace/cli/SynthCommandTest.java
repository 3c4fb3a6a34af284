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
        assertThat(err.toString()).contains("error: --out " + data + " is not empty", "--force");
        assertThat(data.resolve("images.txt")).doesNotExist();
        String[] forced = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--force"))
                .toArray(String[]::new);
        assertThat(XSpaceCommand.execute(forced)).isZero();
        assertThat(data.resolve("images.txt")).exists();
        assertThat(data.resolve("notes.txt")).exists();
    }

    @Test
    void forcedSynthReplacesAnEarlierDatasetWholeAndKeepsOtherFiles() throws IOException {
        Path data = temp.resolve("birds");
        String[] three = {"synth", "--out", data.toString(), "--species", "3", "--per-species", "1", "--size", "32"};
        assertThat(XSpaceCommand.execute(three)).as(err.toString()).isZero();
        Files.writeString(data.resolve("notes.txt"), "mine");
        assertThat(XSpaceCommand.execute("synth", "--out", data.toString(), "--species", "2", "--per-species", "1",
                "--size", "32", "--force")).as(err.toString()).isZero();
        try (var species = Files.list(data.resolve("images"))) {
            assertThat(species.toList()).hasSize(2);
        }
        assertThat(data.resolve("notes.txt")).hasContent("mine");
        try (var left = Files.list(temp)) {
            assertThat(left.toList()).as("no staging folder left").containsExactly(data);
        }
    }

    @Test
    void synthNeverWritesIntoAWorkspaceButItsExportsFolder() throws IOException {
        // Only the descriptor makes a folder a workspace, so a stand-in is enough here.
        Path ws = Files.createDirectories(temp.resolve("ws"));
        Files.writeString(ws.resolve("workspace.json"), "{}");
        for (Path inside : new Path[] {ws, ws.resolve("models"), ws.resolve("cache")}) {
            assertThat(XSpaceCommand.execute("synth", "--out", inside.toString(), "--species", "2", "--per-species",
                    "1", "--size", "32", "--force")).as(inside.toString()).isNotZero();
        }
        assertThat(err.toString()).contains("not writing " + ws + ": it is the workspace folder itself",
                "nothing was written");
        try (var files = Files.walk(ws)) {
            assertThat(files.toList()).containsExactly(ws, ws.resolve("workspace.json"));
        }
        assertThat(XSpaceCommand.execute("synth", "--out", ws.resolve("exports").resolve("birds").toString(),
                "--species", "2", "--per-species", "1", "--size", "32")).as(err.toString()).isZero();
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

    @Test
    void sheetNeverReplacesAFileThatIsNotASheetAndReplacesAPngOnlyWhenForced() throws IOException {
        Path data = temp.resolve("birds");
        assertThat(XSpaceCommand.execute("synth", "--out", data.toString(), "--species", "2", "--per-species", "2",
                "--size", "32")).isZero();
        Path images = data.resolve("images.txt");
        String list = Files.readString(images);
        for (String force : new String[] {"--per-class=1", "--force"}) {
            assertThat(XSpaceCommand.execute("synth", "sheet", "--data", data.toString(), "--out", images.toString(),
                    force)).isEqualTo(2);
            assertThat(Files.readString(images)).isEqualTo(list);
        }
        assertThat(err.toString()).contains("not writing " + images, "the file exists", "--force",
                "is not a contact sheet (PNG), so it is never replaced");
        Path png = temp.resolve("sheet.png");
        String[] sheet = {"synth", "sheet", "--data", data.toString(), "--out", png.toString(), "--per-class", "1"};
        assertThat(XSpaceCommand.execute(sheet)).isZero();
        byte[] first = Files.readAllBytes(png);
        assertThat(XSpaceCommand.execute(sheet)).isEqualTo(2);
        assertThat(err.toString()).contains("to replace an earlier contact sheet (PNG), use --force");
        assertThat(XSpaceCommand.execute("synth", "sheet", "--data", data.toString(), "--out", png.toString(),
                "--per-class", "2", "--force")).isZero();
        assertThat(Files.readAllBytes(png)).isNotEqualTo(first);
        assertThat(XSpaceCommand.execute("synth", "sheet", "--data", data.toString(), "--out", data.toString()))
                .isEqualTo(2);
        assertThat(err.toString()).contains("it is a folder");
        try (var left = Files.list(temp)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("birds", "sheet.png");
        }
    }

    @Test
    void sheetIntoAFolderThatCannotBeWrittenIsOneClearError() throws IOException {
        Path data = temp.resolve("birds");
        assertThat(XSpaceCommand.execute("synth", "--out", data.toString(), "--species", "2", "--per-species", "1",
                "--size", "32")).isZero();
        Path locked = Files.createDirectories(temp.resolve("locked"));
        locked.toFile().setWritable(false, false);
        // root writes into any folder; /proc takes no new files from anyone
        Path folder = Files.isWritable(locked) ? Path.of("/proc") : locked;
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(folder));
        Path png = folder.resolve("sheet.png");
        err.reset();
        int code = XSpaceCommand.execute("synth", "sheet", "--data", data.toString(), "--out", png.toString());
        locked.toFile().setWritable(true, false);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).startsWith("error: " + png).doesNotContain("\tat ", "Exception");
        assertThat(png).doesNotExist();
    }
}
