package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;
import xspace.model.FeatureIndex;
import xspace.model.SkippedImages;

/** {@code xspace features} on a dataset with a truncated image: it stops naming it, or skips it. */
class FeaturesCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTruncatedImageStopsFeaturesByDefaultAndIsSkippedOnRequest() throws Exception {
        CubFixture fixture = CubFixture.at(dir.resolve("data")).write();
        Path model = dir.resolve("cnn.zip");
        CommandRun train = CommandRun.of("cnn", "train", "--data", fixture.root(), "--out", model, "--size", 16,
                "--epochs", 1, "--batch", 2);
        assertThat(train.exitCode()).as(train.err()).isZero();
        byte[] jpeg = Files.readAllBytes(fixture.imageFile(5));
        Files.write(fixture.imageFile(5), Arrays.copyOf(jpeg, jpeg.length - 40));
        Path out = dir.resolve("features");

        CommandRun stopped = CommandRun.of("features", "--model", model, "--data", fixture.root(), "--out", out,
                "--batch", 2);
        assertThat(stopped.exitCode()).isEqualTo(2);
        assertThat(stopped.err()).contains("error: images/" + fixture.relativePath(5) + ": the image data is truncated")
                .contains("stopped at image 5 (row 4 of 6)").contains("--on-bad-image skip");

        CommandRun skipped = CommandRun.of("features", "--model", model, "--data", fixture.root(), "--out", out,
                "--batch", 2, "--on-bad-image", "skip");
        assertThat(skipped.exitCode()).as(skipped.err()).isZero();
        assertThat(skipped.out()).contains("1 images could not be read and were skipped")
                .contains("  image 5: images/" + fixture.relativePath(5) + ": the image data is truncated");
        assertThat(SkippedImages.read(out)).extracting(SkippedImages.Skipped::imageId).containsExactly(5);
        assertThat(FeatureIndex.usable(out)).extracting(FeatureIndex.Entry::imageId).containsExactly(1, 2, 3, 4, 6);

        assertThat(CommandRun.of("features", "--model", model, "--data", fixture.root(), "--out", out,
                "--on-bad-image", "maybe").err()).contains("expected stop or skip, found 'maybe'");
    }
}
