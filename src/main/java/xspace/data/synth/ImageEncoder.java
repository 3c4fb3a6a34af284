package xspace.data.synth;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Encodes images to files with one ImageIO writer per thread (writers are not thread-safe) and
 * fixed settings, so the same image always gives the same bytes. The JDK's own JPEG writer is
 * preferred over plug-ins that may sit on the class path.
 */
final class ImageEncoder implements AutoCloseable {

    private final ImageWriter writer;
    private final ImageWriteParam param;

    ImageEncoder(ImageFormat format) {
        this.writer = writer(format == ImageFormat.JPG ? "jpeg" : "png");
        this.param = writer.getDefaultWriteParam();
        if (format == ImageFormat.JPG) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality((float) SynthOptions.JPEG_QUALITY);
        }
    }

    void write(BufferedImage image, Path file) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight());
        try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        Files.write(file, bytes.toByteArray());
    }

    @Override
    public void close() {
        writer.dispose();
    }

    private static ImageWriter writer(String format) {
        ImageWriter chosen = null;
        for (Iterator<ImageWriter> it = ImageIO.getImageWritersByFormatName(format); it.hasNext(); ) {
            ImageWriter candidate = it.next();
            if (chosen == null || candidate.getClass().getName().startsWith("com.sun.imageio.")) {
                chosen = candidate;
            }
        }
        if (chosen == null) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return chosen;
    }
}
