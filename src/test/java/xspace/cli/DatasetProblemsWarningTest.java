package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;

/** Commands that read a dataset leniently say what they left out, rather than using fewer images silently. */
class DatasetProblemsWarningTest {

    @TempDir
    Path dir;

    @Test
    void trainingCreatingAndExtractingOnADatasetWithABadLineSayWhatWasLeftOut() throws Exception {
        CubFixture fixture = CubFixture.at(dir.resolve("data")).write();
        Path data = fixture.root();
        Path model = dir.resolve("cnn.zip");
        CommandRun clean = CommandRun.of("cnn", "train", "--data", data, "--out", model, "--size", 16, "--epochs", 1,
                "--batch", 2);
        assertThat(clean.exitCode()).isZero();
        assertThat(clean.err()).doesNotContain("warning");

        fixture.replaceLine("image_class_labels.txt", 2, "2 x");
        String expected = "warning: " + data + ": 1 problem in the dataset; what they touch is left out (5 images used)."
                + " The first: image_class_labels.txt:2:";
        CommandRun training = CommandRun.of("cnn", "train", "--data", data, "--out", dir.resolve("other.zip"),
                "--size", 16, "--epochs", 1, "--batch", 2);
        assertThat(training.err()).contains(expected, "`xspace dataset info " + data + "` lists them all");
        CommandRun creating = CommandRun.of("workspace", "create", dir.resolve("ws"), "--data", data, "--model", model);
        assertThat(creating.exitCode()).isZero();
        assertThat(creating.err()).contains(expected);
        assertThat(creating.err().split("warning: ", -1)).as("one warning").hasSize(2);
        CommandRun extracting = CommandRun.of("features", "--workspace", dir.resolve("ws"));
        assertThat(extracting.err()).contains(expected);
    }
}
