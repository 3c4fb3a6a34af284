package xspace.app.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javax.imageio.ImageIO;
import xspace.engine.AtomicFiles;

/** A view as rendered now, at its size, saved as a PNG. */
public final class ViewSnapshot {

    private ViewSnapshot() {
    }

    /** Call on the FX thread. */
    public static void png(Node node, Path file) throws IOException {
        BufferedImage pixels = SwingFXUtils.fromFXImage(node.snapshot(null, null), null);
        AtomicFiles.write(file, tmp -> ImageIO.write(pixels, "png", tmp.toFile()));
    }
}
