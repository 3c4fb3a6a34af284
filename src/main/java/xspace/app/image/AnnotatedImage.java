package xspace.app.image;

import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.CheckBox;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import xspace.data.PartLocation;

/**
 * The original image with, on demand, its part annotations (dots and names) and the Voronoi cells
 * of the visible parts inside the bounding box, as the first row of the paper's Fig. 3(a).
 */
public final class AnnotatedImage extends VBox {

    private final ObservableDoubleValue side;
    private final ImageView picture = new ImageView();
    private final ImageView cells = new ImageView();
    private final Canvas parts = new Canvas();
    private final CheckBox showParts = new CheckBox("Parts");
    private final CheckBox showCells = new CheckBox("Voronoi cells");
    private LoadedImage shown;

    /** @param side the image's side, following the window's size */
    AnnotatedImage(ObservableDoubleValue side) {
        this.side = side;
        getStyleClass().add("annotated-image");
        showParts.setId("toggle-parts");
        showCells.setId("toggle-cells");
        for (ImageView view : new ImageView[] {picture, cells}) {
            view.setPreserveRatio(true);
            view.fitWidthProperty().bind(side);
            view.fitHeightProperty().bind(side);
            view.setSmooth(true);
        }
        StackPane stack = new StackPane(picture, cells, parts);
        stack.setAlignment(Pos.TOP_LEFT);
        stack.maxWidthProperty().bind(side);
        stack.maxHeightProperty().bind(side);
        parts.widthProperty().bind(side);
        parts.heightProperty().bind(side);
        side.addListener((o, before, now) -> {
            if (shown != null) {
                drawParts();
            }
        });
        cells.visibleProperty().bind(showCells.selectedProperty());
        parts.visibleProperty().bind(showParts.selectedProperty());
        HBox toggles = new HBox(12, showParts, showCells);
        getChildren().addAll(stack, toggles);
        setSpacing(6);
    }

    void show(LoadedImage image) {
        shown = image;
        picture.setImage(image.picture());
        cells.setImage(image.cellBorders());
        drawParts();
    }

    void clear() {
        shown = null;
        picture.setImage(null);
        cells.setImage(null);
        parts.getGraphicsContext2D().clearRect(0, 0, parts.getWidth(), parts.getHeight());
    }

    private void drawParts() {
        GraphicsContext g = parts.getGraphicsContext2D();
        double size = side.get();
        g.clearRect(0, 0, parts.getWidth(), parts.getHeight());
        double scale = Math.min(size / shown.picture().getWidth(), size / shown.picture().getHeight());
        g.setFont(Font.font(11));
        for (PartLocation part : shown.image().visibleParts()) {
            double x = part.x() * scale;
            double y = part.y() * scale;
            g.setFill(Color.web("#ffd400"));
            g.setStroke(Color.BLACK);
            g.fillOval(x - 4, y - 4, 8, 8);
            g.strokeOval(x - 4, y - 4, 8, 8);
            g.setFill(Color.WHITE);
            g.setStroke(Color.rgb(0, 0, 0, 0.8));
            g.setLineWidth(2.5);
            g.strokeText(part.name(), x + 6, y - 4);
            g.fillText(part.name(), x + 6, y - 4);
            g.setLineWidth(1);
        }
    }
}
