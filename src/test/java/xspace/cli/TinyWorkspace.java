package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import xspace.data.CubFixture;

/** A tiny workspace made with the commands themselves: the fixture dataset and a one-epoch 16 px CNN. */
final class TinyWorkspace {

    private TinyWorkspace() {
    }

    /** Writes the dataset to {@code dir/data}, the network to {@code dir/cnn.zip} and returns {@code dir/ws}. */
    static Path create(Path dir) {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("cnn.zip");
        assertThat(CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1,
                "--batch", 2).exitCode()).isZero();
        Path ws = dir.resolve("ws");
        assertThat(CommandRun.of("workspace", "create", ws, "--data", data, "--model", model).exitCode()).isZero();
        return ws;
    }
}
