package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code xspace demo install}: whatever fails, a folder given as the target keeps what it held. */
class DemoInstallCommandTest {

    @TempDir
    Path dir;

    @Test
    void assetsNotFoundLeaveTheTargetAsItWasAndSayWhereToLook() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine/thesis"));
        Files.writeString(mine.resolve("chapter1.txt"), "words");
        CommandRun run = CommandRun.of("demo", "install", "--target", dir.resolve("mine"), "--assets",
                dir.resolve("nowhere"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(dir.resolve("nowhere/demo") + ": no demo assets").contains("--assets DIR");
        assertThat(mine.resolve("chapter1.txt")).hasContent("words");
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("not even a lock file").containsExactly("mine");
        }
    }
}
