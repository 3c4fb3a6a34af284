package xspace.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.cli.XSpaceCommand;
import xspace.data.CubFixture;
import xspace.engine.FileTrees;

/**
 * {@code workspace create} killed (SIGKILL) at random moments in a child process: the folder is
 * then either not a workspace, and creating it again succeeds, or a whole one whose network loads.
 */
class WorkspaceCreateKillTest {

    @TempDir
    Path dir;

    @Test
    void aKilledCreationLeavesNoHalfWorkspace() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("cnn.zip");
        assertThat(XSpaceCommand.execute("cnn", "train", "--data", data.toString(), "--out", model.toString(),
                "--size", "16", "--epochs", "1", "--batch", "2")).isZero();
        Random random = new Random(7);
        int whole = 0;
        int none = 0;
        for (int round = 0; round < 4; round++) {
            Path ws = dir.resolve("ws-" + round);
            Process child = create(ws, data, model);
            if (!child.waitFor(500 + random.nextInt(3500), TimeUnit.MILLISECONDS)) {
                child.destroyForcibly().waitFor();
            }
            if (Workspace.isWorkspace(ws)) {
                assertThat(Workspace.open(ws).cnn().info().classNames()).isNotEmpty();
                whole++;
            } else {
                assertThat(XSpaceCommand.execute("workspace", "create", ws.toString(), "--data", data.toString(),
                        "--model", model.toString())).as("creating again after the kill").isZero();
                assertThat(Workspace.open(ws).cnn().info().classNames()).isNotEmpty();
                none++;
            }
            FileTrees.delete(ws);
        }
        assertThat(whole + none).isEqualTo(4);
    }

    private static Process create(Path ws, Path data, Path model) throws java.io.IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), "xspace.Main", "workspace",
                "create", ws.toString(), "--data", data.toString(), "--model", model.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }
}
