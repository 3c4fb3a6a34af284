package xspace.workspace.session;

import java.awt.image.BufferedImage;
import java.io.IOException;
import xspace.data.BirdImage;

/** Something drawn over an image's picture (a heatmap), with a key naming what is drawn, for caches. */
public interface ImageOverlay {

    /** Equal keys draw equal pictures. */
    String key();

    BufferedImage draw(BirdImage image, BufferedImage picture) throws IOException;
}
