package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;
import xspace.engine.SmallDisk;
import xspace.workspace.Workspace;

/** Commands on a disk that fills up: they stop naming the file and saying why, and leave nothing half written. */
class FullDiskCommandsTest {

    @TempDir
    Path dir;

    @Test
    void workspaceCreateAndFeaturesOnAFullDiskNameTheFileAndLeaveNoTemporaries() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = trainedModel(data);
        Optional<SmallDisk> mounted = SmallDisk.mount(dir.resolve("disk"), (int) (Files.size(model) / 1024) + 160);
        assumeTrue(mounted.isPresent(), "needs root to mount a small tmpfs");
        try (SmallDisk disk = mounted.get()) {
            Path tooSmall = disk.root().resolve("ws-full");
            disk.fillLeaving(Files.size(model) / 2);
            CommandRun create = CommandRun.of("workspace", "create", tooSmall, "--data", data, "--model", model);
            assertThat(create.exitCode()).isNotZero();
            assertThat(create.err()).contains("cnn.zip").contains("the disk is full");
            assertThat(Workspace.isWorkspace(tooSmall)).as("no workspace.json without its network").isFalse();
            assertThat(temporaries(disk.root())).isEmpty();
        }
    }

    @Test
    void featuresStopOnAFullDiskNamingTheFile() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = trainedModel(data);
        Optional<SmallDisk> mounted = SmallDisk.mount(dir.resolve("disk"), (int) (Files.size(model) / 1024) + 64);
        assumeTrue(mounted.isPresent(), "needs root to mount a small tmpfs");
        try (SmallDisk disk = mounted.get()) {
            Path ws = disk.root().resolve("ws");
            assertThat(CommandRun.of("workspace", "create", ws, "--data", data, "--model", model).exitCode()).isZero();
            disk.fillLeaving(0);
            CommandRun features = CommandRun.of("features", "--workspace", ws);
            assertThat(features.exitCode()).isNotZero();
            assertThat(features.err()).contains("cache/features").contains("the disk is full");
            assertThat(temporaries(disk.root())).isEmpty();
        }
    }

    private Path trainedModel(Path data) {
        Path model = dir.resolve("cnn.zip");
        assertThat(CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1,
                "--batch", 2).exitCode()).isZero();
        return model;
    }

    private static java.util.List<Path> temporaries(Path root) throws java.io.IOException {
        try (var files = Files.walk(root)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
