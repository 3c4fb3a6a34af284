package xspace.app.image;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;

/**
 * A square where a heatmap appears once computed: a note while it is pending, then the heatmap
 * blended over the image, drawn over the plain image with the chosen opacity (0 shows the image).
 */
public final class HeatmapSlot extends StackPane {

    private final DoubleProperty side = new SimpleDoubleProperty();
    private final String heatmapId;

    /**
     * @param side      the square's side, which may follow the window's size
     * @param heatmapId the id of the heatmap's view, for tests and the PNG export to find it
     */
    HeatmapSlot(ObservableDoubleValue side, String heatmapId) {
        this.side.bind(side);
        this.heatmapId = heatmapId;
        prefWidthProperty().bind(this.side);
        prefHeightProperty().bind(this.side);
        maxWidthProperty().bind(this.side);
        maxHeightProperty().bind(this.side);
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
        label.setWrapText(true);
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
        view.fitWidthProperty().bind(side);
        view.fitHeightProperty().bind(side);
        view.setSmooth(true);
        return view;
    }
}
