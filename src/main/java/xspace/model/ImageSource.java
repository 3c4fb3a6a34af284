package xspace.model;

import java.awt.image.BufferedImage;

/** Loads an image by its dataset id, when it is needed and not before. */
@FunctionalInterface
public interface ImageSource {

    BufferedImage load(int imageId);
}
