package xspace.app;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;

/**
 * One x-feature of one image (a cell of the paper's Fig. 3(a)): its name, its contribution v_i·E_i
 * divided by the image's largest |v_j·E_j| (red when it speaks for the class, blue against), the
 * trust tally, and the heatmap slot. A click opens the x-feature in the concept view.
 */
final class XFeaturePanel extends VBox {

    static final double HEATMAP_SIDE = 150;

    private final int feature;
    private final HeatmapSlot heatmapSlot;

    XFeaturePanel(int feature, ImageExplanation explanation, FeatureAnnotation annotation, Runnable open) {
        this.feature = feature;
        this.heatmapSlot = new HeatmapSlot(HEATMAP_SIDE, "heatmap-" + feature);
        setId("xfeature-panel-" + feature);
        getStyleClass().add("xfeature-panel");
        double relative = explanation.explanation().relative(feature);
        Label title = new Label(annotation.title());
        title.getStyleClass().add("xfeature-title");
        title.setId("xfeature-title-" + feature);
        Label value = new Label(Contribution.text(relative));
        value.setId("xfeature-value-" + feature);
        value.getStyleClass().addAll("contribution", Contribution.styleClass(relative));
        double[] e = explanation.explanation().xFeatures();
        double[] v = explanation.explanation().weights();
        value.setTooltip(new Tooltip(String.format(Locale.ROOT,
                "v·E = %.4f (v = %.4f, E = %.4f), divided by the image's largest |v·E|", v[feature] * e[feature],
                v[feature], e[feature])));
        Label trust = new Label(annotation.trustText());
        trust.getStyleClass().add("trust");
        trust.setId("xfeature-trust-" + feature);
        showPending("heatmap not computed yet");
        getChildren().addAll(heatmapSlot, title, value, trust);
        setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(e2 -> open.run());
    }

    int feature() {
        return feature;
    }

    /** The heatmap blended over the image, drawn over the plain image with the given opacity. */
    void showHeatmap(Image picture, Image overlay, DoubleProperty opacity) {
        heatmapSlot.showHeatmap(picture, overlay, opacity);
    }

    void showPending(String text) {
        heatmapSlot.showPending(text);
    }
}
