package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;
import xspace.workspace.Workspace;

/** {@code workspace create} writes only into an empty or new folder beside the dataset, or finishes its own. */
class WorkspaceCreateFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFolderOfTheUserOrTheDatasetIsNeverTurnedIntoAWorkspace() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("cnn.zip");
        assertThat(CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1,
                "--batch", 2).exitCode()).isZero();

        Path mine = Files.createDirectories(dir.resolve("mine/models"));
        Files.writeString(mine.resolve("cnn.zip"), "my own network");
        CommandRun intoMine = CommandRun.of("workspace", "create", dir.resolve("mine"), "--data", data, "--model", model);
        assertThat(intoMine.exitCode()).isEqualTo(2);
        assertThat(intoMine.err()).contains(dir.resolve("mine") + " is not empty: choose an empty or new folder");
        assertThat(Files.readString(mine.resolve("cnn.zip"))).isEqualTo("my own network");
        assertThat(dir.resolve("mine/" + Workspace.DESCRIPTOR)).doesNotExist();

        String images = Files.readString(data.resolve("images.txt"));
        CommandRun intoData = CommandRun.of("workspace", "create", data, "--data", data, "--model", model);
        assertThat(intoData.exitCode()).isEqualTo(2);
        assertThat(intoData.err()).contains("is the dataset folder itself", "beside its dataset");
        CommandRun inside = CommandRun.of("workspace", "create", data.resolve("ws"), "--data", data, "--model", model);
        assertThat(inside.exitCode()).isEqualTo(2);
        assertThat(inside.err()).contains("is inside the dataset folder " + data);
        CommandRun dotted = CommandRun.of("workspace", "create", data.resolve("images/../ws"), "--data",
                dir.resolve("./data"), "--model", model);
        assertThat(dotted.exitCode()).isEqualTo(2);
        try (var entries = Files.list(data)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .doesNotContain(Workspace.DESCRIPTOR, "models", "cache", "exports", "ws");
        }
        assertThat(Files.readString(data.resolve("images.txt"))).isEqualTo(images);
    }

    @Test
    void aCreationThatWasInterruptedIsFinishedByCreatingAgain() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("cnn.zip");
        assertThat(CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1,
                "--batch", 2).exitCode()).isZero();
        // this version marks the folder first; earlier versions wrote an empty workspace.json first
        Path marked = Files.createDirectories(dir.resolve("marked/models"));
        Files.createFile(dir.resolve("marked/.creating"));
        Files.writeString(marked.resolve("cnn.zip"), "half a network");
        Path earlier = Files.createDirectories(dir.resolve("earlier/models"));
        Files.createFile(dir.resolve("earlier/" + Workspace.DESCRIPTOR));
        for (Path ws : new Path[] {dir.resolve("marked"), dir.resolve("earlier"), dir.resolve("new")}) {
            CommandRun created = CommandRun.of("workspace", "create", ws, "--data", data, "--model", model);
            assertThat(created.exitCode()).as(created.err()).isZero();
            assertThat(Workspace.open(ws).cnn().info().classNames()).hasSize(CubFixture.CLASSES);
            assertThat(ws.resolve(".creating")).doesNotExist();
        }
    }
}
