package xspace.app.image;

import java.awt.image.BufferedImage;
import java.util.List;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import xspace.metrics.VoronoiParts;
import xspace.data.BirdImage;
import xspace.engine.TaskMonitor;
import xspace.workspace.session.FeatureAnnotation;
import xspace.workspace.session.ImageExplanation;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;

/**
 * Everything the image view shows for one image, prepared off the FX thread: the picture, the
 * Voronoi cell borders as a transparent overlay, and, when a module is chosen, its explanation
 * and what people have said about its x-features.
 */
public record LoadedImage(BirdImage image, BufferedImage rgb, Image picture, Image cellBorders,
        ImageExplanation explanation, List<FeatureAnnotation> annotations) {

    private static final int BORDER = 0xF0FFFFFF;

    static LoadedImage load(WorkspaceSession session, BirdImage image, XFeatureScores scores, TaskMonitor monitor) {
        monitor.progress(0, "Reading " + image.relativePath());
        BufferedImage rgb = session.dataset().loadImage(image);
        monitor.checkCancelled();
        Image borders = borders(image, rgb.getWidth(), rgb.getHeight());
        ImageExplanation explanation = null;
        List<FeatureAnnotation> annotations = List.of();
        if (scores != null && session.zRows().has(image.id())) {
            monitor.progress(0.6, "Explaining " + image.relativePath());
            explanation = ImageExplanation.of(session, scores.module(), image);
            var info = scores.module().info();
            annotations = FeatureAnnotation.read(session.database(), info.versionId(), info.classIndex(), info.n());
        }
        return new LoadedImage(image, rgb, SwingFXUtils.toFXImage(rgb, null), borders, explanation, annotations);
    }

    private static Image borders(BirdImage image, int width, int height) {
        boolean[] border = VoronoiParts.of(width, height, image.box(), image.visibleParts()).borders();
        WritableImage overlay = new WritableImage(width, height);
        PixelWriter writer = overlay.getPixelWriter();
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (border[y * width + x]) {
                    writer.setArgb(x, y, BORDER);
                }
            }
        }
        return overlay;
    }
}
