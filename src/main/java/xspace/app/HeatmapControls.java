package xspace.app;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import xspace.attribution.Colormap;

/**
 * How heatmaps are drawn: jet as in the paper or viridis (readable with colour-vision
 * deficiencies), and the opacity of the heatmap over the image (0 shows the image alone).
 */
final class HeatmapControls extends HBox {

    private final ComboBox<Colormap> colormap = new ComboBox<>(FXCollections.observableArrayList(Colormap.values()));
    private final Slider opacity = new Slider(0, 1, 1);

    HeatmapControls() {
        super(10);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("heatmap-controls");
        colormap.setId("heatmap-colormap");
        opacity.setId("heatmap-opacity");
        colormap.setValue(Colormap.JET);
        opacity.setPrefWidth(160);
        getChildren().addAll(new Label("Colormap"), colormap, new Label("Heatmap opacity"), opacity);
    }

    ObjectProperty<Colormap> colormap() {
        return colormap.valueProperty();
    }

    DoubleProperty opacity() {
        return opacity.valueProperty();
    }
}
