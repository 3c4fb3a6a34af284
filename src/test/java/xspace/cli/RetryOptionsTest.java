package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.explain.ModuleStore;
import xspace.explain.TrainingAttempt;
import xspace.workspace.Workspace;

/**
 * {@code explain train --attempts N --retry-beta F} on a tiny workspace: the attempts follow the rule,
 * bad values are refused.
 */
class RetryOptionsTest {

    @TempDir
    Path dir;

    @Test
    void retriesWithNewSeedsOnlyKeepBeta() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "1", "--method", "srae",
                "--n", 4, "--epochs", 2, "--attempts", 3, "--retry-beta", 1, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        String module = JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject().get("module")
                .getAsString();
        List<TrainingAttempt> attempts = ModuleStore.load(Path.of(module), Workspace.open(ws).cnn().info()).info()
                .attempts();
        assertThat(attempts).hasSizeBetween(1, 3);
        assertThat(attempts).allSatisfy(a -> assertThat(a.beta()).isEqualTo(attempts.get(0).beta()));
        assertThat(attempts.stream().map(TrainingAttempt::seed).distinct()).hasSize(attempts.size());
    }

    @Test
    void attemptsBelowOneAndNonPositiveFactorsAreRefusedBeforeAnyTraining() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        Path modules = Workspace.open(ws).modulesDir();
        CommandRun none = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--attempts", 0);
        assertThat(none.exitCode()).isNotZero();
        assertThat(none.err()).contains("--attempts 0").contains("attempts must be at least 1, not 0");
        for (String factor : List.of("0", "-1.2", "NaN", "Infinity")) {
            CommandRun bad = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--retry-beta",
                    factor);
            assertThat(bad.exitCode()).as(factor).isNotZero();
            assertThat(bad.err()).as(factor).contains("--retry-beta").contains("must be a positive number");
        }
        assertThat(Files.exists(modules) && anyEntry(modules)).as("no module written").isFalse();
    }

    private static boolean anyEntry(Path folder) throws java.io.IOException {
        try (var entries = Files.list(folder)) {
            return entries.findAny().isPresent();
        }
    }
}
