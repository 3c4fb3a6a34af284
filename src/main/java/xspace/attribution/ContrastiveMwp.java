package xspace.attribution;

import java.awt.image.BufferedImage;
import java.util.List;
import xspace.engine.TaskMonitor;

/**
 * The paper's heatmaps: c-MWP from each target unit to the heatmap layer, resized to the image
 * and normalised per target and image (S_ij = C_ij / Σ C).
 */
public final class ContrastiveMwp {

    private final ExcitationBackprop backprop;

    public ContrastiveMwp(ExcitationBackprop backprop) {
        this.backprop = backprop;
    }

    public ExcitationBackprop backprop() {
        return backprop;
    }

    /** One heatmap per target, at the image's own size; all targets in one pass. */
    public List<Heatmap> heatmaps(BufferedImage image, List<Target> targets) {
        return backprop.contrastiveMwp(backprop.cnn().preprocessor().batch(List.of(image)), targets)
                .toHeatmaps(image.getWidth(), image.getHeight());
    }

    /** Heatmaps of several images, reporting progress and stopping when cancelled. */
    public List<List<Heatmap>> heatmaps(List<BufferedImage> images, List<Target> targets, TaskMonitor monitor) {
        List<List<Heatmap>> all = new java.util.ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            monitor.checkCancelled();
            all.add(heatmaps(images.get(i), targets));
            monitor.progress(i + 1, images.size(), "heatmaps of image " + (i + 1) + " of " + images.size());
        }
        return all;
    }
}
