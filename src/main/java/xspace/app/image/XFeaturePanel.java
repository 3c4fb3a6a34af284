package xspace.app.image;

import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import javafx.scene.text.TextAlignment;
import xspace.workspace.session.Contribution;
import xspace.workspace.session.FeatureAnnotation;
import xspace.workspace.session.ImageExplanation;

/**
 * One x-feature of one image (a cell of the paper's Fig. 3(a)): its name, its contribution v_i·E_i
 * divided by the image's largest |v_j·E_j| (red when it speaks for the class, blue against), the
 * terms v_i·E_i = v_i × E_i themselves, the trust tally, and the heatmap slot, left without a map
 * where the x-feature is silent. A click opens the x-feature in the concept view.
 */
public final class XFeaturePanel extends VBox {


    private static final double MIN_WIDTH = 140;

    private final int feature;
    private final HeatmapSlot heatmapSlot;
    /** E_i = 0 here: c-MWP from a unit that is off still spreads a map, which must not pass for evidence. */
    private final boolean silent;

    /** @param side the heatmap's side, following the window's size */
    XFeaturePanel(int feature, ImageExplanation explanation, FeatureAnnotation annotation, ObservableDoubleValue side,
            Runnable open) {
        this.feature = feature;
        this.heatmapSlot = new HeatmapSlot(side, "heatmap-" + feature);
        setId("xfeature-panel-" + feature);
        getStyleClass().add("xfeature-panel");
        double relative = explanation.explanation().relative(feature);
        Label title = new Label(annotation.numberedTitle());
        title.getStyleClass().add("xfeature-title");
        title.setId("xfeature-title-" + feature);
        Label value = new Label(Contribution.text(relative));
        value.setId("xfeature-value-" + feature);
        value.getStyleClass().addAll("contribution", Contribution.styleClass(relative));
        double[] e = explanation.explanation().xFeatures();
        double[] v = explanation.explanation().weights();
        silent = e[feature] == 0;
        value.setTooltip(new Tooltip("v·E divided by the image's largest |v·E|, so the cells compare at a glance"));
        Label terms = new Label(silent ? "E = 0: silent on this image"
                : String.format(Locale.ROOT, "v·E = %+.3f = %.3f × %.3f", v[feature] * e[feature], v[feature],
                        e[feature]));
        terms.setId("xfeature-terms-" + feature);
        terms.getStyleClass().add("caption");
        terms.setTooltip(new Tooltip("v: the predictor's weight of this x-feature; E: its value on this image"));
        Label trust = new Label(annotation.trustText());
        trust.getStyleClass().add("trust");
        trust.setId("xfeature-trust-" + feature);
        showPending("heatmap not computed yet");
        getChildren().addAll(heatmapSlot, title, value, terms, trust);
        // As wide as the heatmap (but not narrower than a line of numbers): five panels share a row.
        maxWidthProperty().bind(Bindings.max(MIN_WIDTH, Bindings.add(side, 24)));
        for (Label label : new Label[] {title, terms, trust}) {
            label.setWrapText(true);
            label.setTextAlignment(TextAlignment.CENTER);
        }
        setAlignment(Pos.TOP_CENTER);
        setOnMouseClicked(e2 -> open.run());
    }

    int feature() {
        return feature;
    }

    /** The heatmap blended over the image, drawn over the plain image with the given opacity. */
    void showHeatmap(Image picture, Image overlay, DoubleProperty opacity) {
        if (silent) {
            heatmapSlot.showSilent(picture, "not drawn: E = 0");
        } else {
            heatmapSlot.showHeatmap(picture, overlay, opacity);
        }
    }

    boolean silent() {
        return silent;
    }

    void showPending(String text) {
        heatmapSlot.showPending(text);
    }
}
