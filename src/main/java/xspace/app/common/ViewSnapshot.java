package xspace.app.common;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import xspace.engine.PngFiles;

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
        PngFiles.write(of(node), file);
    }
}
