package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.explain.PredictorSign;
import xspace.workspace.Workspace;

/** {@code explain train --predictor non-negative} on a tiny workspace: v ≥ 0 after training, and recorded. */
class NonNegativePredictorTest {

    @TempDir
    Path dir;

    @Test
    void trainedPredictorWeightsAreNonNegativeAndTheSettingTravelsWithTheModule() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0,1", "--method", "srae",
                "--n", 4, "--epochs", 4, "--predictor", "non-negative", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonArray results = JsonParser.parseString(run.out()).getAsJsonArray();
        for (var element : results) {
            JsonObject result = element.getAsJsonObject();
            ExplanationModule module = ModuleStore.load(Path.of(result.get("module").getAsString()),
                    Workspace.open(ws).cnn().info());
            assertThat(module.info().hyperparameters().predictor()).isEqualTo(PredictorSign.NON_NEGATIVE);
            assertThat(module.parameters().get("v").minNumber().doubleValue()).as("smallest v of class %d",
                    module.info().classIndex()).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void aMisspelledSignIsRefusedWithTheAllowedValues() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--predictor",
                "positive");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("positive").contains("any or non-negative");
    }
}
