package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static xspace.data.ProblemAssertions.assertProblems;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Image files that a header check alone would pass or mislabel: truncated files, other formats
 * under a .jpg name, paths that are not regular files, and links that lead out of images/.
 */
class CubImageFilesTest {

    @TempDir
    Path dir;

    private CubFixture fixture;

    @BeforeEach
    void writeValidDataset() {
        fixture = CubFixture.at(dir.resolve("cub")).write();
    }

    @Test
    void aStrictReadDecodesEveryImageAndFindsATruncatedOne() throws IOException {
        truncate(fixture.imageFile(3));
        truncate(fixture.imageFile(CubFixture.PNG_IMAGE));

        assertThat(CubReader.read(fixture.root(), ValidationMode.LENIENT).problems())
                .as("a header check does not see it").isEmpty();
        CubDataset lenient = assertProblems(fixture.root(),
                "images/002.Blue_Jay/Blue_Jay_0003.jpg: the image data is truncated (Corrupt JPEG data: premature"
                        + " end of data segment) (image skipped)",
                "images/002.Blue_Jay/Blue_Jay_0004.png: cannot be read as an image, truncated or corrupt"
                        + " (Error reading PNG metadata) (image skipped)");
        assertThat(lenient.images()).extracting(BirdImage::id).containsExactly(1, 2, 5, 6);
    }

    @Test
    void gifAndBmpAreRefusedByTheirContent() throws IOException {
        ImageIO.write(fixture.drawBird(2), "gif", fixture.imageFile(2).toFile());
        ImageIO.write(fixture.drawBird(5), "bmp", fixture.imageFile(5).toFile());

        assertProblems(fixture.root(),
                "images/001.Red_Tanager/Red_Tanager_0002.jpg: is a GIF image; dataset images must be JPEG or PNG"
                        + " (image skipped)",
                "images/003.Green_Jay/Green_Jay_0005.jpg: is a BMP image; dataset images must be JPEG or PNG"
                        + " (image skipped)");
    }

    @Test
    void aPipeAndADeviceAreNamedForWhatTheyAre() throws Exception {
        Path fifo = fixture.imageFile(2);
        Files.delete(fifo);
        Assumptions.assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0,
                "mkfifo is available");
        Path device = fixture.imageFile(5);
        Files.delete(device);
        Files.createSymbolicLink(device, Path.of("/dev/urandom"));

        CubDataset lenient = assertProblems(fixture.root(),
                "images/001.Red_Tanager/Red_Tanager_0002.jpg: is a named pipe (FIFO), not a regular file"
                        + " (image skipped)",
                "images/003.Green_Jay/Green_Jay_0005.jpg: is a link (/dev/urandom) to a character device,"
                        + " not a regular file (image skipped)");
        assertThat(lenient.missingImages()).isEmpty();
    }

    @Test
    void linksMayNotLeadOutOfTheImageFolder() throws IOException {
        Path outside = Files.copy(fixture.imageFile(1), dir.resolve("elsewhere.jpg"));
        Files.delete(fixture.imageFile(3));
        Files.createSymbolicLink(fixture.imageFile(3), outside);
        Files.delete(fixture.imageFile(6));
        Files.createSymbolicLink(fixture.imageFile(6), fixture.imageFile(5));

        CubDataset lenient = assertProblems(fixture.root(), "images/002.Blue_Jay/Blue_Jay_0003.jpg: leads to "
                + outside.toRealPath() + ", outside the dataset's images/ folder; links must stay inside it"
                + " (image skipped)");
        assertThat(lenient.images()).extracting(BirdImage::id).as("a link inside images/ is fine")
                .containsExactly(1, 2, 4, 5, 6);

        Files.delete(fixture.imageFile(6));
        Files.createSymbolicLink(fixture.imageFile(6), outside);
        assertThatThrownBy(() -> lenient.loadImage(lenient.image(6))).as("checked again when loading")
                .isInstanceOf(DatasetException.class).hasMessageContaining("outside the dataset's images/ folder");
    }

    @Test
    void theImageFolderItselfMayBeALink() throws IOException {
        Path moved = Files.move(fixture.root().resolve("images"), dir.resolve("images-on-another-disk"));
        Files.createSymbolicLink(fixture.root().resolve("images"), moved);

        assertThat(CubReader.read(fixture.root(), ValidationMode.STRICT).images()).hasSize(fixture.imageCount());
    }

    /** Cuts the file in half: the header stays readable, the pixel data is lost. */
    private static void truncate(Path file) throws IOException {
        byte[] bytes = noisy(file);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
    }

    /** The same image re-encoded with noise, so that half the file cuts into the pixel data. */
    private static byte[] noisy(Path file) throws IOException {
        java.awt.image.BufferedImage image = ImageIO.read(file.toFile());
        java.util.Random random = new java.util.Random(3);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, file.toString().endsWith(".png") ? "png" : "jpg", out);
        return out.toByteArray();
    }
}
