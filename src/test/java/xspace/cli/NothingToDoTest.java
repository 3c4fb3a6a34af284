package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;

/**
 * A split without the images a command needs is refused before any work, instead of training on
 * nothing ("loss NaN", an untrained network saved) or measuring nothing ("accuracy: NaN"), exit 0.
 */
class NothingToDoTest {

    @TempDir
    Path dir;

    @Test
    void trainingWithoutTrainingImagesAndEvaluatingWithoutTestImagesAreRefused() throws Exception {
        CubFixture fixture = CubFixture.at(dir.resolve("data")).write();
        Path data = fixture.root();
        Path model = dir.resolve("cnn.zip");
        assertThat(CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1,
                "--batch", 2).exitCode()).isZero();

        split(fixture, 0);
        Path untrained = dir.resolve("untrained.zip");
        CommandRun train = CommandRun.of("cnn", "train", "--data", data, "--out", untrained, "--size", 16, "--epochs",
                1);
        assertThat(train.exitCode()).isEqualTo(2);
        assertThat(train.err()).contains("error: " + data + ": no training images to train on (6 images");
        assertThat(untrained).doesNotExist();

        split(fixture, 1);
        CommandRun eval = CommandRun.of("cnn", "eval", "--model", model, "--data", data);
        assertThat(eval.exitCode()).isEqualTo(2);
        assertThat(eval.err()).contains("error: " + data + ": no test images to evaluate on (6 images");
        assertThat(eval.out()).doesNotContain("NaN");
    }

    /** Marks every image of the fixture training (1) or test (0). */
    private static void split(CubFixture fixture, int training) throws Exception {
        Files.writeString(fixture.file("train_test_split.txt"), IntStream.rangeClosed(1, fixture.imageCount())
                .mapToObj(id -> id + " " + training + "\n").collect(Collectors.joining()));
    }
}
