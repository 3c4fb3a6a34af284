package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;
import xspace.data.NpyFile;
import xspace.model.FeatureIndex;
import xspace.workspace.Workspace;

/** The network commands end to end on a tiny dataset: train, evaluate, create a workspace, extract features. */
class CnnPipelineTest {

    @TempDir
    Path dir;

    @Test
    void trainEvaluateCreateWorkspaceAndExtractFeatures() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("cnn.zip");
        CommandRun train = CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 2,
                "--batch", 2, "--json");
        assertThat(train.exitCode()).as(train.err()).isZero();
        JsonObject trained = JsonParser.parseString(train.out()).getAsJsonObject();
        assertThat(trained.get("epochs").getAsInt()).isEqualTo(2);
        assertThat(Files.exists(dir.resolve("cnn.json"))).isTrue();
        assertThat(train.err()).contains("backend CPU");

        CommandRun eval = CommandRun.of("cnn", "eval", "--model", model, "--data", data, "--json");
        assertThat(eval.exitCode()).as(eval.err()).isZero();
        JsonObject evaluation = JsonParser.parseString(eval.out()).getAsJsonObject();
        int testImages = evaluation.get("images").getAsInt();
        assertThat(testImages).isPositive();
        assertThat(evaluation.getAsJsonArray("confusion")).hasSize(CubFixture.CLASSES);
        assertThat(evaluation.getAsJsonArray("perClass")).hasSize(CubFixture.CLASSES);

        Path workspace = dir.resolve("ws");
        CommandRun create = CommandRun.of("workspace", "create", workspace, "--data", data, "--model", model);
        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(Workspace.open(workspace).descriptor().zLayer()).isEqualTo("fc6");

        CommandRun features = CommandRun.of("features", "--workspace", workspace, "--batch", 4);
        assertThat(features.exitCode()).as(features.err()).isZero();
        Path featureDir = Workspace.open(workspace).featuresDir();
        int images = CubFixture.CLASSES * CubFixture.IMAGES_PER_CLASS;
        try (NpyFile z = NpyFile.open(featureDir.resolve("z.npy"), false)) {
            assertThat(z.rows()).isEqualTo(images);
            assertThat(z.columns()).isEqualTo(256);
        }
        assertThat(FeatureIndex.read(featureDir)).hasSize(images)
                .filteredOn(e -> !e.training()).hasSize(testImages);
    }

    @Test
    void theFullyConnectedWidthsCanBeChosenAndTheOriginSaysSo() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("wide.zip");
        CommandRun train = CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1,
                "--batch", 2, "--fc", "48,8");
        assertThat(train.exitCode()).as(train.err()).isZero();
        xspace.model.ExplainedCnn cnn = xspace.model.CnnStore.load(model);
        assertThat(cnn.zSize()).isEqualTo(48);
        assertThat(cnn.network().getLayer(cnn.layerIndex("fc6") + 1).getParam("W").shape()).containsExactly(48, 8);
        assertThat(cnn.info().origin()).contains("--fc 48,8");

        CommandRun zero = CommandRun.of("cnn", "train", "--data", data, "--out", dir.resolve("zero.zip"), "--size", 16,
                "--epochs", 1, "--fc", "0,8");
        assertThat(zero.exitCode()).isNotZero();
        assertThat(zero.err()).contains("fully-connected widths must be positive");
        CommandRun continued = CommandRun.of("cnn", "train", "--data", data, "--out", dir.resolve("more.zip"),
                "--size", 16, "--epochs", 1, "--init", model, "--fc", "64,8");
        assertThat(continued.exitCode()).isNotZero();
        assertThat(continued.err()).contains("--init keeps its own widths");
    }

    @Test
    void errorsAreOneClearLineAndANonZeroExit() {
        CommandRun missing = CommandRun.of("cnn", "eval", "--model", dir.resolve("none.zip"), "--data", dir);
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).containsOnlyOnce("error: ").contains("none.zip: no such model zip");
        CommandRun notWorkspace = CommandRun.of("features", "--workspace", dir);
        assertThat(notWorkspace.err()).contains("not a workspace");
    }

    @Test
    void everyCommandHasHelp() {
        for (String[] command : new String[][] {{"cnn", "train"}, {"cnn", "eval"}, {"cnn", "import"}, {"features"},
                {"workspace", "create"}}) {
            String[] args = java.util.Arrays.copyOf(command, command.length + 1);
            args[command.length] = "--help";
            CommandRun help = CommandRun.of((Object[]) args);
            assertThat(help.exitCode()).isZero();
            assertThat(help.out()).contains("Usage: xspace " + String.join(" ", command));
        }
    }
}
