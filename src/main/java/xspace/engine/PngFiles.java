package xspace.engine;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes a PNG whole or not at all ({@link AtomicFiles}), from any thread. */
public final class PngFiles {

    private PngFiles() {
    }

    /**
     * Through a stream the JDK opens: ImageIO given a file it cannot create prints a stack trace of
     * its own and says only "Can't create an ImageOutputStream!", naming neither file nor cause.
     */
    public static void write(BufferedImage image, Path file) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!ImageIO.write(image, "png", out)) {
                    throw new IOException("no PNG writer available for " + file);
                }
            }
        });
    }
}
