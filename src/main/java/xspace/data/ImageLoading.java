package xspace.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads JPEG and PNG files as {@link BufferedImage#TYPE_INT_RGB}, whatever their colour model
 * (grayscale, CMYK and YCCK JPEGs included, through the TwelveMonkeys plug-in that registers
 * itself with ImageIO). The format is told by the content; other formats, truncated files and
 * paths that are not regular files are refused. Every failure is a {@link DatasetException}
 * naming the file.
 */
public final class ImageLoading {

    /** Larger images are refused before decoding: one would take gigabytes of memory. */
    public static final long MAX_PIXELS = 100_000_000L;

    private ImageLoading() {
    }

    /** Loads an image, naming it by its path in problems. */
    public static BufferedImage loadRgb(Path file) {
        return loadRgb(file, file.toString());
    }

    /**
     * Loads an image as TYPE_INT_RGB.
     *
     * @param name how problems name the file, e.g. its path relative to a dataset root
     */
    public static BufferedImage loadRgb(Path file, String name) {
        return toRgb(decode(file, name));
    }

    /**
     * Decodes every pixel, as {@link #loadRgb} does, and returns the size: what strict validation
     * needs to promise that the image will load later.
     */
    static ImageSize decodedSize(Path file, String name) {
        BufferedImage image = decode(file, name);
        return new ImageSize(image.getWidth(), image.getHeight());
    }

    /** Decodes the image as it is stored; a truncated file is refused, never filled with gray. */
    private static BufferedImage decode(Path file, String name) {
        return withReader(file, name, (reader, format) -> {
            TruncationWatch watch = new TruncationWatch();
            reader.addIIOReadWarningListener(watch);
            refuseIfHuge(new ImageSize(reader.getWidth(0), reader.getHeight(0)), name);
            BufferedImage decoded = reader.read(0);
            if (watch.truncated()) {
                throw truncated(name, watch.warning());
            }
            if (format == ImageFormat.PNG && !PngEnd.complete(file)) {
                throw truncated(name, "the PNG file ends before its IEND chunk is complete");
            }
            return decoded;
        });
    }

    private static DatasetException truncated(String name, String why) {
        return new DatasetException(new DatasetProblem(name, 0, "the image data is truncated (" + why + ")"));
    }

    /** Reads the size from the file header without decoding any pixels. */
    public static ImageSize readSize(Path file, String name) {
        return withReader(file, name, (reader, format) -> new ImageSize(reader.getWidth(0), reader.getHeight(0)));
    }

    /**
     * The image itself when it already is TYPE_INT_RGB, otherwise a copy drawn onto white, so that
     * transparent areas of a PNG look like paper rather than black. Drawing keeps gray levels as
     * they are (a colour-space conversion would brighten them).
     */
    public static BufferedImage toRgb(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_INT_RGB) {
            return image;
        }
        BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = rgb.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, rgb.getWidth(), rgb.getHeight());
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return rgb;
    }

    static void refuseIfHuge(ImageSize size, String name) {
        if (size.pixels() > MAX_PIXELS) {
            throw new DatasetException(new DatasetProblem(name, 0, String.format(Locale.ROOT,
                    "the image is %s pixels (%.0f megapixels); images over %d megapixels are refused",
                    size, size.pixels() / 1e6, MAX_PIXELS / 1_000_000)));
        }
    }

    private static <T> T withReader(Path file, String name, ReaderAction<T> action) {
        requireNonEmptyFile(file, name);
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                throw new DatasetException(new DatasetProblem(name, 0, "cannot be opened"));
            }
            ImageFormat format = ImageFormat.of(in, name);
            ImageReader reader = readerFor(in, name);
            try {
                reader.setInput(in, true, false);
                return action.apply(reader, format);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DatasetException known) {
                throw known;
            }
            throw new DatasetException(new DatasetProblem(name, 0,
                    "cannot be read as an image, truncated or corrupt (" + describe(e) + ")"));
        }
    }

    private static void requireNonEmptyFile(Path file, String name) {
        if (!Files.isRegularFile(file)) {
            String irregular = FileKind.irregular(file);
            throw new DatasetException(new DatasetProblem(name, 0, irregular != null ? irregular : "image file not found"));
        }
        try {
            if (Files.size(file) == 0) {
                throw new DatasetException(new DatasetProblem(name, 0, "the image file is empty (0 bytes)"));
            }
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(name, 0, "cannot be read: " + describe(e)));
        }
    }

    private static ImageReader readerFor(ImageInputStream in, String name) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new DatasetException(new DatasetProblem(name, 0,
                    "not a readable image: no JPEG or PNG reader recognises its content"));
        }
        return readers.next();
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    @FunctionalInterface
    private interface ReaderAction<T> {
        T apply(ImageReader reader, ImageFormat format) throws IOException;
    }
}
