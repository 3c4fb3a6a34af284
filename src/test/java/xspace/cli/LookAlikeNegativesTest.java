package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.explain.NegativeWeighting;
import xspace.workspace.Workspace;

/** {@code explain train --negatives look-alike} on a tiny workspace: trained, recorded with the module, its weight too. */
class LookAlikeNegativesTest {

    @TempDir
    Path dir;

    @Test
    void theWeightingTravelsWithTheModule() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "1", "--method", "srae",
                "--n", 4, "--epochs", 3, "--negatives", "look-alike", "--look-alike-weight", 3, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String module = JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject().get("module")
                .getAsString();
        ExplanationModule loaded = ModuleStore.load(Path.of(module), Workspace.open(ws).cnn().info());
        assertThat(loaded.info().hyperparameters().negatives()).isEqualTo(NegativeWeighting.LOOK_ALIKE);
        assertThat(loaded.info().hyperparameters().lookAlikeWeight()).isEqualTo(3);
    }

    @Test
    void aLookAlikeWeightWithoutLookAlikeNegativesIsRefused() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--look-alike-weight",
                3);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--look-alike-weight needs --negatives look-alike");
        CommandRun negative = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--negatives",
                "look-alike", "--look-alike-weight", -1);
        assertThat(negative.exitCode()).isNotZero();
        assertThat(negative.err()).contains("positive number");
    }

    @Test
    void aMisspelledWeightingIsRefusedWithTheAllowedValues() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--negatives",
                "nearest");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("nearest").contains("uniform or look-alike");
    }
}
