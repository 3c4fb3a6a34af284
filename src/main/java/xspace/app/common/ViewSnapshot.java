package xspace.app.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import xspace.engine.AtomicFiles;

/** A view as rendered now, at its size, saved as a PNG. */
public final class ViewSnapshot {

    private ViewSnapshot() {
    }

    /** The view's pixels now; call on the FX thread. */
    public static BufferedImage of(Node node) {
        return SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
    }

    /** Call on the FX thread. */
    public static void png(Node node, Path file) throws IOException {
        write(of(node), file);
    }

    /**
     * Writes the pixels as a PNG; any thread. Through a stream the JDK opens: ImageIO given a file
     * it cannot create prints a stack trace and says only "Can't create an ImageOutputStream!".
     */
    public static void write(BufferedImage pixels, Path file) throws IOException {
        AtomicFiles.write(file, tmp -> {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (!ImageIO.write(pixels, "png", out)) {
                    throw new IOException("no PNG writer available");
                }
            }
        });
    }
}
