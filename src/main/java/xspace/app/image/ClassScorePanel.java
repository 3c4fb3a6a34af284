package xspace.app.image;

import java.util.Locale;
import javafx.beans.property.DoubleProperty;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.layout.VBox;
import xspace.workspace.session.ClassReport;

/**
 * Beside the image: the Excitation BP heatmap of the class score ŷ_j itself (c-MWP from the
 * network's output unit), the paper's baseline, so that the x-features' heatmaps can be read
 * against where the network as a whole looks.
 */
public final class ClassScorePanel extends VBox {

    private final Label title = new Label();
    private final HeatmapSlot slot;

    /** @param side the heatmap's side, following the window's size */
    ClassScorePanel(ObservableDoubleValue side) {
        super(6);
        slot = new HeatmapSlot(side, "class-score-heatmap");
        setId("class-score-panel");
        getStyleClass().add("class-score-panel");
        title.setId("class-score-title");
        title.getStyleClass().add("xfeature-title");
        title.setWrapText(true);
        title.maxWidthProperty().bind(slot.prefWidthProperty());
        setAlignment(Pos.TOP_CENTER);
        getChildren().addAll(slot, title);
        clear();
    }

    void prepare(int classIndex, String className) {
        title.setText(ClassReport.classScoreTitle(classIndex, className));
        slot.showPending("computing heatmap…");
    }

    void clear() {
        title.setText("Excitation BP of ŷ_j");
        slot.showPending("choose an explained class");
    }

    void showHeatmap(Image picture, Image overlay, DoubleProperty opacity) {
        slot.showHeatmap(picture, overlay, opacity);
    }
}
