package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.twelvemonkeys.imageio.color.ColorSpaces;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JPEG and PNG files of every colour model arrive as TYPE_INT_RGB; damaged ones are named. */
class CubImageLoadingTest {

    @TempDir
    Path dir;

    @Test
    void loadsAColourJpegAsIntRgb() throws IOException {
        Path file = dir.resolve("colour.jpg");
        ImageIO.write(filled(new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR), Color.BLUE), "jpg", file.toFile());

        BufferedImage image = ImageLoading.loadRgb(file);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        assertThat(new Color(image.getRGB(20, 15))).satisfies(c -> {
            assertThat(c.getBlue()).isGreaterThan(240);
            assertThat(c.getRed()).isLessThan(15);
        });
    }

    @Test
    void loadsAGrayscaleJpegAsRgbWithItsGrayLevels() throws IOException {
        BufferedImage gray = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                gray.getRaster().setSample(x, y, 0, 128);
            }
        }
        Path file = dir.resolve("gray.jpg");
        ImageIO.write(gray, "jpg", file.toFile());
        assertThat(ImageIO.read(file.toFile()).getType()).as("the file is grayscale")
                .isEqualTo(BufferedImage.TYPE_BYTE_GRAY);

        BufferedImage image = ImageLoading.loadRgb(file);

        assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        Color pixel = new Color(image.getRGB(10, 10));
        assertThat(pixel.getRed()).isEqualTo(pixel.getGreen()).isEqualTo(pixel.getBlue()).isBetween(124, 132);
    }

    /** TwelveMonkeys' JPEG writer writes 4-channel CMYK with an Adobe marker, as print software does. */
    @Test
    void loadsACmykJpegAsRgb() throws IOException {
        ColorSpace cmyk = ColorSpaces.getColorSpace(ColorSpaces.CS_GENERIC_CMYK);
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 32, 24, 4, null);
        for (int y = 0; y < 24; y++) {
            for (int x = 0; x < 32; x++) {
                raster.setPixel(x, y, new int[] {0, 255, 255, 0});
            }
        }
        BufferedImage image = new BufferedImage(new ComponentColorModel(cmyk, false, false, Transparency.OPAQUE,
                DataBuffer.TYPE_BYTE), raster, false, null);
        Path file = dir.resolve("cmyk.jpg");
        assertThat(ImageIO.write(image, "jpg", file.toFile())).isTrue();
        assertThat(jpegComponents(Files.readAllBytes(file))).as("the file is CMYK").isEqualTo(4);

        BufferedImage loaded = ImageLoading.loadRgb(file);

        assertThat(loaded.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
        Color pixel = new Color(loaded.getRGB(16, 12));
        assertThat(pixel.getRed()).as("magenta + yellow ink is red").isGreaterThan(200);
        assertThat(pixel.getGreen()).isLessThan(80);
        assertThat(pixel.getBlue()).isLessThan(80);
    }

    @Test
    void drawsTransparentPngAreasOnWhite() throws IOException {
        Path file = dir.resolve("alpha.png");
        ImageIO.write(new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB), "png", file.toFile());

        assertThat(ImageLoading.loadRgb(file).getRGB(5, 5) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void readsTheSizeFromTheHeader() throws IOException {
        Path file = dir.resolve("size.png");
        ImageIO.write(new BufferedImage(33, 21, BufferedImage.TYPE_INT_RGB), "png", file.toFile());

        assertThat(ImageLoading.readSize(file, "size.png")).isEqualTo(new ImageSize(33, 21));
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path file = Files.write(dir.resolve("empty.jpg"), new byte[0]);

        assertProblem(() -> ImageLoading.loadRgb(file, "images/empty.jpg"),
                "images/empty.jpg: the image file is empty (0 bytes)");
        assertProblem(() -> ImageLoading.readSize(file, "images/empty.jpg"),
                "images/empty.jpg: the image file is empty (0 bytes)");
    }









    @Test
    void refusesAFileThatIsNoImage() throws IOException {
        Path file = Files.writeString(dir.resolve("text.jpg"), "hello", StandardCharsets.UTF_8);

        assertProblem(() -> ImageLoading.loadRgb(file, "text.jpg"),
                "text.jpg: not a readable image: no JPEG or PNG reader recognises its content");
        assertProblem(() -> ImageLoading.loadRgb(dir.resolve("none.jpg"), "none.jpg"),
                "none.jpg: image file not found");
        assertProblem(() -> ImageLoading.loadRgb(dir, "folder.jpg"), "folder.jpg: is a folder, not a regular file");
    }

    /** The header claims 12,000 × 10,000 pixels; decoding it would need half a gigabyte. */
    @Test
    void refusesAHugeImageBeforeDecodingIt() throws IOException {
        Path file = Files.write(dir.resolve("huge.png"), pngHeaderOnly(12_000, 10_000));

        assertThat(ImageLoading.readSize(file, "huge.png")).isEqualTo(new ImageSize(12_000, 10_000));
        assertProblem(() -> ImageLoading.loadRgb(file, "huge.png"),
                "huge.png: the image is 12000×10000 pixels (120 megapixels); images over 100 megapixels are refused");
    }

    private static void assertProblem(ThrowingCallable call, String problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DatasetException.class,
                e -> assertThat(e.problems()).extracting(DatasetProblem::toString).containsExactly(problem));
    }

    private static BufferedImage filled(BufferedImage image, Color colour) {
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.dispose();
        return image;
    }






    /** The number of colour components in the JPEG's start-of-frame segment. */
    private static int jpegComponents(byte[] jpeg) {
        int pos = 2;
        while (pos + 9 < jpeg.length) {
            int marker = jpeg[pos + 1] & 0xff;
            int length = ((jpeg[pos + 2] & 0xff) << 8) | (jpeg[pos + 3] & 0xff);
            if (marker >= 0xc0 && marker <= 0xc2) {
                return jpeg[pos + 9] & 0xff;
            }
            pos += 2 + length;
        }
        throw new AssertionError("no start-of-frame segment");
    }

    /** A PNG signature and IHDR chunk for an RGB image of the given size, with no pixel data. */
    private static byte[] pngHeaderOnly(int width, int height) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(ihdr);
        data.writeBytes("IHDR");
        data.writeInt(width);
        data.writeInt(height);
        data.write(new byte[] {8, 2, 0, 0, 0});
        out.writeInt(13);
        out.write(ihdr.toByteArray());
        CRC32 crc = new CRC32();
        crc.update(ihdr.toByteArray());
        out.writeInt((int) crc.getValue());
        return bytes.toByteArray();
    }
}
