package xspace.app.common;

import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import xspace.attribution.Colormap;

/**
 * How heatmaps are drawn: the network layer they are read at (lower layers localise finer, higher
 * ones are steadier), jet as in the paper or viridis (readable with colour-vision deficiencies),
 * and the opacity of the heatmap over the image (0 shows the image alone). The layer chosen is
 * remembered.
 */
public final class HeatmapControls extends FlowPane {

    private final AppPreferences preferences;
    private final ComboBox<String> layer = new ComboBox<>();
    private final ComboBox<Colormap> colormap = new ComboBox<>(FXCollections.observableArrayList(Colormap.values()));
    private final Slider opacity = new Slider(0, 1, 1);
    private boolean filling;

    public HeatmapControls(AppPreferences preferences) {
        super(10, 8);
        this.preferences = preferences;
        setPrefWrapLength(360);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("heatmap-controls");
        layer.setId("heatmap-layer");
        colormap.setId("heatmap-colormap");
        opacity.setId("heatmap-opacity");
        layer.setPromptText("default");
        layer.setTooltip(new Tooltip("The network layer whose output the heatmaps are read at"));
        colormap.setValue(Colormap.JET);
        opacity.setPrefWidth(160);
        getChildren().addAll(new HBox(6, new Label("Layer"), layer), new HBox(6, new Label("Colormap"), colormap),
                new HBox(6, new Label("Heatmap opacity"), opacity));
        getChildren().forEach(n -> ((HBox) n).setAlignment(Pos.CENTER_LEFT));
        layer.valueProperty().addListener((o, old, chosen) -> {
            if (!filling && chosen != null) {
                preferences.heatmapLayer(chosen);
            }
        });
    }

    /** Offers the network's layers and chooses the remembered one if the network has it, else the default. */
    public void showLayers(List<String> layers, String defaultLayer) {
        String remembered = preferences.heatmapLayer().filter(layers::contains).orElse(defaultLayer);
        filling = true;
        layer.setItems(FXCollections.observableArrayList(layers));
        layer.setValue(remembered);
        filling = false;
    }

    /** The chosen layer; null until the network's layers are known (the default layer is used meanwhile). */
    public ReadOnlyObjectProperty<String> layer() {
        return layer.valueProperty();
    }

    public ObjectProperty<Colormap> colormap() {
        return colormap.valueProperty();
    }

    public DoubleProperty opacity() {
        return opacity.valueProperty();
    }
}
