package xspace.app.image;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.scene.control.ScrollPane;

/**
 * How large the image view draws its pictures: the image, the class score's heatmap and the
 * x-features' heatmaps grow and shrink with the height the view has, so that at 1280 × 720 the
 * image and all x-feature panels fit without scrolling, and on a large screen the heatmaps are
 * large. Text keeps its size; only pictures scale.
 */
public final class ImageViewZoom {

    /** The sides at zoom 1. */
    static final double IMAGE = 300;
    static final double CLASS_SCORE = 220;
    static final double XFEATURE = 150;
    /** What does not scale, top to bottom: toggles, caption, the panels' labels, spacing and padding. */
    private static final double TEXT_HEIGHT = 250;
    /** Panels in a row, what a panel adds to its heatmap's width (border, padding, gap), the view's padding. */
    private static final int PANELS = 5;
    private static final double PANEL_MARGIN = 40;
    private static final double PADDING = 40;
    private static final double MIN = 0.55;
    private static final double MAX = 2.2;

    private final DoubleBinding image;
    private final DoubleBinding classScore;
    /** One binding for every panel: a binding per panel would stay registered after its panel is gone. */
    private final DoubleBinding xFeature;

    ImageViewZoom(ScrollPane viewport) {
        DoubleBinding zoom = Bindings.createDoubleBinding(() -> of(viewport.getViewportBounds().getWidth(),
                viewport.getViewportBounds().getHeight()), viewport.viewportBoundsProperty());
        image = zoom.multiply(IMAGE);
        classScore = zoom.multiply(CLASS_SCORE);
        xFeature = zoom.multiply(XFEATURE);
    }

    /**
     * The zoom that fits a view of this size: the image above one row of five x-feature panels in
     * its height, the five panels side by side in its width.
     */
    static double of(double width, double height) {
        if (!(height > 0) || !(width > 0)) {
            return 1;
        }
        double byHeight = (height - TEXT_HEIGHT) / (IMAGE + XFEATURE);
        double byWidth = (width - PADDING - PANELS * PANEL_MARGIN) / (PANELS * XFEATURE);
        return Math.max(MIN, Math.min(MAX, Math.min(byHeight, byWidth)));
    }

    DoubleBinding image() {
        return image;
    }

    DoubleBinding classScore() {
        return classScore;
    }

    DoubleBinding xFeature() {
        return xFeature;
    }
}
