package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Outputs asked for where the file system takes no new files (Linux's /proc answers "no such
 * file" there): the error names the path the user gave and says it cannot be created, never
 * "not found" and never a hidden temporary name.
 */
class UnwritablePlaceTest {

    @BeforeEach
    void onLinux() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
    }

    @Test
    void synthIntoProcSaysTheFolderCannotBeCreated() {
        CommandRun run = CommandRun.of("synth", "--out", "/proc/birds", "--species", 2, "--per-species", 2, "--size", 32);
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("/proc/birds: cannot be created in /proc (the file system refuses new files there)")
                .doesNotContain(".partial-").doesNotContain("not found");
    }
}
