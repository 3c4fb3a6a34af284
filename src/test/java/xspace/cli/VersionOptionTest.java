package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Only {@code xspace --version} prints the version: on a subcommand {@code --version} is that
 * command's own option ({@code explain use --version v2}) or an unknown one, never a silent exit 0.
 */
class VersionOptionTest {

    @TempDir
    Path dir;

    @Test
    void theTopLevelVersionStillPrints() {
        CommandRun run = CommandRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("xspace 0.1.0");
    }

    @Test
    void aSubcommandWithoutAVersionOptionRefusesIt() {
        CommandRun run = CommandRun.of("cnn", "train", "--data", dir, "--out", dir.resolve("cnn.zip"), "--version");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--version'");
        assertThat(CommandRun.of("explain", "versions", "--workspace", dir, "-V").exitCode()).isEqualTo(2);
    }

    @Test
    void explainUseTakesTheVersionAsAnOptionToo() {
        Path ws = dir.resolve("absent");
        CommandRun run = CommandRun.of("explain", "use", "--workspace", ws, "--class", 1, "--method", "nn",
                "--version", "v9");
        assertThat(run.exitCode()).as("the workspace is looked for, not the version printed").isEqualTo(2);
        assertThat(run.err()).contains(ws.toString());

        CommandRun twice = CommandRun.of("explain", "use", "--workspace", ws, "--class", 1, "--version", "v9", "v2");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("the version is given twice (v2 and --version v9)");

        CommandRun none = CommandRun.of("explain", "use", "--workspace", ws, "--class", 1);
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.err()).contains("which version?");
        assertThat(CommandRun.of("explain", "use", "--help").out()).contains("--version=VERSION");
    }
}
