package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.model.CnnBuilder;
import xspace.model.CnnInfo;
import xspace.model.CnnSpec;
import xspace.model.CnnStore;
import xspace.model.ExplainedCnn;
import xspace.model.InputLayout;
import xspace.model.Normalisation;
import xspace.testing.TestWorkspace;

/**
 * Commands that write several files into a folder: an earlier run's files are replaced only with
 * --force, and a workspace's own folders never take them (its exports/ folder does).
 */
class OutputFoldersTest {

    @TempDir
    Path dir;

    @Test
    void exportRowsNeverReplacesAnEarlierExportUnaskedNorWritesIntoTheWorkspace() throws Exception {
        Path ws = TestWorkspace.copy();
        Path rows = dir.resolve("rows");
        CommandRun first = CommandRun.of("explain", "export-rows", "--workspace", ws, "--class", 0, "--out", rows);
        assertThat(first.exitCode()).as(first.err()).isZero();
        byte[] json = Files.readAllBytes(rows.resolve("rows.json"));

        CommandRun again = CommandRun.of("explain", "export-rows", "--workspace", ws, "--class", 0, "--out", rows);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("not writing " + rows, "rows.json", "--force", "nothing was written");
        assertThat(Files.readAllBytes(rows.resolve("rows.json"))).isEqualTo(json);
        CommandRun forced = CommandRun.of("explain", "export-rows", "--workspace", ws, "--class", 0, "--out", rows,
                "--force");
        assertThat(forced.exitCode()).as(forced.err()).isZero();

        CommandRun root = CommandRun.of("explain", "export-rows", "--workspace", ws, "--class", 0, "--out", ws);
        assertThat(root.exitCode()).isNotZero();
        assertThat(root.err()).contains("it is the workspace folder itself; write the rows to " + ws.resolve("exports"));
        assertThat(ws.resolve("rows.json")).doesNotExist();
        CommandRun models = CommandRun.of("explain", "export-rows", "--workspace", ws, "--class", 0, "--out",
                ws.resolve("models"));
        assertThat(models.err()).contains("inside the workspace");
        CommandRun exports = CommandRun.of("explain", "export-rows", "--workspace", ws, "--class", 0, "--out",
                ws.resolve("exports").resolve("rows"));
        assertThat(exports.exitCode()).as(exports.err()).isZero();
    }

    @Test
    void heatmapsNeverReplaceEarlierOnesUnaskedNorGoIntoAWorkspace() throws Exception {
        CnnSpec spec = new CnnSpec(16, List.of(4, 8), List.of(1, 1), List.of(16, 8), 3, 0.0);
        CnnInfo info = new CnnInfo(List.of("a", "b", "c"), 16, InputLayout.NCHW, Normalisation.UNIT, CnnSpec.Z_LAYER,
                "test", null);
        Path model = dir.resolve("cnn.zip");
        CnnStore.save(new ExplainedCnn(CnnBuilder.build(spec, 5), info), model);
        Path picture = dir.resolve("bird.png");
        ImageIO.write(new BufferedImage(20, 20, BufferedImage.TYPE_INT_RGB), "png", picture.toFile());
        Path out = dir.resolve("out");
        assertThat(heatmaps(model, picture, "logit:1", out).exitCode()).isZero();

        CommandRun again = heatmaps(model, picture, "logit:1", out);
        assertThat(again.exitCode()).isNotZero();
        assertThat(again.err()).contains("not writing " + out, "logit-1.npy", "--force", "nothing was written");
        assertThat(heatmaps(model, picture, "logit:2", out).exitCode()).as("another target's files").isZero();
        assertThat(heatmaps(model, picture, "logit:1", out, "--force").exitCode()).isZero();

        // Only the descriptor makes a folder a workspace, so a stand-in is enough here.
        Path ws = Files.createDirectories(dir.resolve("ws"));
        Files.writeString(ws.resolve("workspace.json"), "{}");
        for (Path inside : List.of(ws, ws.resolve("cache"), ws.resolve("models").resolve("srae"))) {
            CommandRun refused = heatmaps(model, picture, "logit:1", inside);
            assertThat(refused.exitCode()).as(inside.toString()).isNotZero();
            assertThat(refused.err()).contains("not writing " + inside, "workspace");
        }
        try (var files = Files.walk(ws)) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
        assertThat(heatmaps(model, picture, "logit:1", ws.resolve("exports")).exitCode()).isZero();
    }

    private static CommandRun heatmaps(Path model, Path picture, String target, Path out, String... more) {
        List<Object> args = new java.util.ArrayList<>(List.of("heatmaps", "--model", model, "--image-file", picture,
                "--target", target, "--out", out));
        args.addAll(List.of(more));
        return CommandRun.of(args.toArray());
    }
}
