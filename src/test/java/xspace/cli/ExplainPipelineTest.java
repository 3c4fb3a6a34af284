package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4j;
import xspace.data.NpyFile;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.model.ModelException;
import xspace.workspace.Workspace;

/** explain train end to end on a tiny workspace: modules written, faithfulness reported, network checked. */
class ExplainPipelineTest {

    @TempDir
    Path dir;

    @Test
    void trainsModulesAndRefusesThemForAnotherNetwork() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        Path data = dir.resolve("data");

        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0,2", "--method", "srae",
                "--n", 3, "--epochs", 3, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonArray results = JsonParser.parseString(run.out()).getAsJsonArray();
        assertThat(results).hasSize(2);
        JsonObject first = results.get(0).getAsJsonObject();
        assertThat(first.get("classIndex").getAsInt()).isZero();
        assertThat(first.get("fregTrain").getAsDouble()).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(first.getAsJsonObject("hyperparameters").get("beta").getAsDouble()).isPositive();
        Path modulePath = Path.of(first.get("module").getAsString());

        Workspace workspace = Workspace.open(ws);
        ExplanationModule module = ModuleStore.load(modulePath, workspace.cnn().info());
        assertThat(module.info().n()).isEqualTo(3);
        assertThat(module.info().classIndex()).isZero();
        float[] z = NpyFile.readAll(workspace.featuresDir().resolve("z.npy"))[0];
        assertThat(module.explain(z).sorted()).hasSize(3);
        assertThat(module.explain(z).yBar()).isCloseTo(module.predict(Nd4j.create(new float[][] {z})).getDouble(0),
                org.assertj.core.data.Offset.offset(1e-4));

        Path other = dir.resolve("other.zip");
        CommandRun.of("cnn", "train", "--data", data, "--out", other, "--size", 16, "--epochs", 1, "--seed", 9);
        assertThatThrownBy(() -> ModuleStore.load(modulePath, xspace.model.CnnStore.readInfo(other)))
                .isInstanceOf(ModelException.class).hasMessageContaining("fingerprint");
    }

    /** The shared application fixture's recipe (seed 4) makes a degenerate module of class 0. */
    @Test
    void aDegenerateModuleIsExplainedInWords() throws Exception {
        Path ws = xspace.testing.TestWorkspace.copy();
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--class", 0, "--n", 3, "--epochs", 3,
                "--seed", 4);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("(degenerate)")
                .contains("degenerate: on the class's own images fewer than two x-features contribute");
    }
}
