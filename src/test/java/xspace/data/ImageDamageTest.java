package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged files and files of other formats: the decoders fill a truncated image with gray, or
 * decode GIF and BMP as readily as JPEG, so each case must be refused by name, never loaded.
 */
class ImageDamageTest {

    @TempDir
    Path dir;

    @Test
    void refusesATruncatedJpeg() throws IOException {
        byte[] jpeg = noisyJpeg();
        Path file = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));

        assertThatThrownBy(() -> ImageLoading.loadRgb(file, "images/cut.jpg"))
                .isInstanceOfSatisfying(DatasetException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).file()).isEqualTo("images/cut.jpg");
                    assertThat(e.problems().get(0).message()).startsWith("the image data is truncated");
                });
    }

    /** The pixels happen to be all there, but nothing tells this file from one cut a little earlier. */
    @Test
    void refusesAJpegWithoutItsEndMarker() throws IOException {
        byte[] jpeg = noisyJpeg();
        Path file = Files.write(dir.resolve("no-eoi.jpg"), Arrays.copyOf(jpeg, jpeg.length - 2));

        assertProblem(() -> ImageLoading.loadRgb(file, "no-eoi.jpg"),
                "no-eoi.jpg: the image data is truncated (the JPEG data ends without its end-of-image marker)");
    }

    /** Cut between two scans, a progressive JPEG decodes to a blurred picture without any other warning. */
    @Test
    void refusesAProgressiveJpegCutBetweenScans() throws IOException {
        byte[] jpeg = progressiveJpeg();
        int lastScan = lastIndexOf(jpeg, (byte) 0xff, (byte) 0xda);
        Path file = Files.write(dir.resolve("cut.jpg"), Arrays.copyOf(jpeg, lastScan));

        assertProblem(() -> ImageLoading.loadRgb(file, "cut.jpg"),
                "cut.jpg: the image data is truncated (the JPEG data ends without its end-of-image marker)");
    }

    @Test
    void acceptsDataAfterTheEndOfAJpegOrPng() throws IOException {
        byte[] tail = "appended by some tool".getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(noise(64, 48), "png", png);
        Path jpegFile = Files.write(dir.resolve("tail.jpg"), concat(noisyJpeg(), tail));
        Path pngFile = Files.write(dir.resolve("tail.png"), concat(png.toByteArray(), tail));

        assertThat(ImageLoading.loadRgb(jpegFile).getWidth()).isEqualTo(64);
        assertThat(ImageLoading.loadRgb(pngFile).getWidth()).isEqualTo(64);
    }

    /** The JDK's PNG reader decodes a file cut inside its end chunk without a word. */
    @Test
    void refusesAPngCutInsideItsEndChunk() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(noise(64, 48), "png", png);
        Path file = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png.toByteArray(), png.size() - 3));

        assertProblem(() -> ImageLoading.loadRgb(file, "cut.png"),
                "cut.png: the image data is truncated (the PNG file ends before its IEND chunk is complete)");
    }

    @Test
    void refusesOtherFormatsByContentWhateverTheirName() throws IOException {
        Path gif = dir.resolve("bird.jpg");
        Path bmp = dir.resolve("bird.png");
        ImageIO.write(noise(8, 8), "gif", gif.toFile());
        ImageIO.write(noise(8, 8), "bmp", bmp.toFile());

        assertProblem(() -> ImageLoading.readSize(gif, "bird.jpg"),
                "bird.jpg: is a GIF image; dataset images must be JPEG or PNG");
        assertProblem(() -> ImageLoading.loadRgb(bmp, "bird.png"),
                "bird.png: is a BMP image; dataset images must be JPEG or PNG");
    }

    @Test
    void aPngNamedJpgIsReadByItsContent() throws IOException {
        Path file = dir.resolve("really-a-png.jpg");
        ImageIO.write(noise(12, 9), "png", file.toFile());

        assertThat(ImageLoading.loadRgb(file).getWidth()).isEqualTo(12);
    }

    @Test
    void refusesATruncatedPng() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(noise(64, 48), "png", png);
        Path file = Files.write(dir.resolve("cut.png"), Arrays.copyOf(png.toByteArray(), png.size() / 2));

        assertThatThrownBy(() -> ImageLoading.loadRgb(file, "images/cut.png"))
                .isInstanceOf(DatasetException.class)
                .hasMessageStartingWith("images/cut.png: cannot be read as an image, truncated or corrupt");
    }

    /** Noise keeps the compressed data long, so that half the file cuts into the pixels. */
    private static BufferedImage noise(int width, int height) {
        Random random = new Random(7);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] progressiveJpeg() throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(noise(64, 48), null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int lastIndexOf(byte[] data, byte first, byte second) {
        for (int i = data.length - 2; i >= 0; i--) {
            if (data[i] == first && data[i + 1] == second) {
                return i;
            }
        }
        throw new AssertionError("marker not found");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }

    private static byte[] noisyJpeg() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(noise(64, 48), "jpg", out);
        return out.toByteArray();
    }

    private static void assertProblem(ThrowingCallable call, String problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DatasetException.class,
                e -> assertThat(e.problems()).extracting(DatasetProblem::toString).containsExactly(problem));
    }
}
