package xspace.app;

import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * A square where a heatmap appears once computed: a note while it is pending, then the heatmap
 * blended over the image, drawn over the plain image with the chosen opacity (0 shows the image).
 */
final class HeatmapSlot extends StackPane {

    private final double side;
    private final String heatmapId;

    /** @param heatmapId the id of the heatmap's view, for tests and the PNG export to find it */
    HeatmapSlot(double side, String heatmapId) {
        this.side = side;
        this.heatmapId = heatmapId;
        setPrefSize(side, side);
        setMaxSize(side, side);
        getStyleClass().add("heatmap-slot");
    }

    void showHeatmap(Image picture, Image overlay, DoubleProperty opacity) {
        ImageView base = fitted(picture);
        ImageView heat = fitted(overlay);
        heat.opacityProperty().bind(opacity);
        heat.setId(heatmapId);
        getChildren().setAll(base, heat);
    }

    /** The image dimmed, with why no heatmap is drawn over it. */
    void showSilent(Image picture, String why) {
        ImageView base = fitted(picture);
        base.setOpacity(0.3);
        Label label = new Label(why);
        label.getStyleClass().add("heatmap-pending");
        label.setId(heatmapId + "-silent");
        getChildren().setAll(base, label);
    }

    void showPending(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("heatmap-pending");
        label.setWrapText(true);
        getChildren().setAll(label);
    }

    private ImageView fitted(Image image) {
        ImageView view = new ImageView(image);
        view.setPreserveRatio(true);
        view.setFitWidth(side);
        view.setFitHeight(side);
        view.setSmooth(true);
        return view;
    }
}
