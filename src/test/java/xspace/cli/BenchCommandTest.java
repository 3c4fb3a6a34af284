package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    void backendReportSaysWhichBackendAndWhy() {
        CommandRun run = CommandRun.of("bench", "--backend", "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonObject report = JsonParser.parseString(run.out()).getAsJsonObject();
        assertThat(report.get("choice").getAsString()).isEqualTo("CPU");
        assertThat(report.get("reason").getAsString()).isNotBlank();
        assertThat(report.get("backend").getAsString()).contains("backend CPU").contains("threads");
    }

    @Test
    void theTextReportGivesTheDecisionThenTheBackend() {
        CommandRun run = CommandRun.of("bench", "--backend");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out().lines().map(line -> line.split(":")[0]).toList())
                .containsExactly("choice", "reason", "gpus", "executor", "backend");
        // no GPU on the build machines: the executor line says why the CPU runs
        assertThat(run.out()).containsPattern("executor: (CPU \\(ND4J\\): .+|GPU executor, .+)");
    }
}
