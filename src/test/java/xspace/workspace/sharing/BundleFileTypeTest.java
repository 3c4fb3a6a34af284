package xspace.workspace.sharing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import xspace.workspace.WorkspaceException;

/**
 * Only a regular file is read as a bundle: importing a named pipe once waited forever for a
 * writer. Each import here runs under a timeout, so a regression fails instead of hanging the build.
 */
class BundleFileTypeTest extends BundleFixture {

    private static final Duration LIMIT = Duration.ofSeconds(20);

    @Test
    void aNamedPipeIsRefusedWithoutWaitingForAWriter() throws Exception {
        Path fifo = dir.resolve("bundle.zip");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> importInto(fifo))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage(fifo + ": not a regular file (a named pipe, device or socket); a sharing bundle is a"
                        + " zip file; refused without reading it"));
    }

    @Test
    void foldersDevicesAndMissingFilesAreRefused() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("folder.zip"));
        assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> importInto(folder))
                .hasMessage(folder + ": a folder, not a sharing bundle"));
        Path missing = dir.resolve("missing.zip");
        assertThatThrownBy(() -> importInto(missing)).hasMessage(missing + ": no such file");
        Path zero = Path.of("/dev/zero");
        if (Files.exists(zero)) {
            assertTimeoutPreemptively(LIMIT, () -> assertThatThrownBy(() -> importInto(zero))
                    .hasMessageStartingWith(zero + ": not a regular file"));
        }
    }

    private static boolean mkfifo(Path path) {
        try {
            Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.exists(path);
        } catch (Exception e) {
            return false;
        }
    }
}
