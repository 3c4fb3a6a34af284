package xspace.app.overview;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import xspace.app.common.ThumbnailCache;
import xspace.explain.ExplanationMethod;

/**
 * One explained class in the overview: the heatmap on its representative image above the class,
 * the method, x-feature and mean v·E on one line, and the name; the whole of it in the tooltip,
 * for what a long class name or note cuts short. Double-click or Enter opens the x-feature in the
 * concept view. A method's heading and the blanks after its last tile are tiles too.
 */
final class OverviewTile extends GridCell<OverviewTile.Tile> {

    /** A row's tile, a method's heading (row null), or a blank that ends a method's last line (both null). */
    record Tile(ClassOverview.Row row, ExplanationMethod heading) {
        static final Tile BLANK = new Tile(null, null);
    }

    static final double WIDTH = ClassOverview.THUMBNAIL + 94;
    static final double HEIGHT = ClassOverview.THUMBNAIL + 62;

    private final Supplier<ThumbnailCache> thumbnails;
    private final ImageView view = new ImageView();
    private final Label className = new Label();
    private final Label ranking = new Label();
    private final Label name = new Label();
    private final VBox box = new VBox(2, view, className, ranking, name);
    private final Label headingMethod = new Label();
    private final VBox heading = new VBox(4, headingMethod, new Label("most important x-feature of each class"));

    OverviewTile(Supplier<ThumbnailCache> thumbnails, Consumer<ClassOverview.Row> open) {
        this.thumbnails = thumbnails;
        // Tab reaches the tiles, so that Enter opens one as a double-click does.
        setFocusTraversable(true);
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && row() != null) {
                open.accept(row());
            }
        });
        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && row() != null) {
                open.accept(row());
                e.consume();
            }
        });
        headingMethod.getStyleClass().add("overview-heading");
        ((Label) heading.getChildren().get(1)).setWrapText(true);
        heading.setAlignment(Pos.CENTER_LEFT);
        view.setFitWidth(ClassOverview.THUMBNAIL);
        view.setFitHeight(ClassOverview.THUMBNAIL);
        view.setPreserveRatio(true);
        view.getStyleClass().add("class-overview-image");
        className.getStyleClass().add("overview-class");
        ranking.getStyleClass().add("overview-ranking");
        for (Label label : new Label[] {className, ranking, name}) {
            label.setTextOverrun(OverrunStyle.ELLIPSIS);
            label.setMaxWidth(WIDTH);
        }
        box.setAlignment(Pos.TOP_CENTER);
        box.getStyleClass().add("overview-tile");
    }

    @Override
    protected void updateItem(Tile tile, boolean empty) {
        super.updateItem(tile, empty);
        ThumbnailCache cache = thumbnails.get();
        ClassOverview.Row row = empty || tile == null ? null : tile.row();
        setFocusTraversable(row != null);
        if (row == null || cache == null) {
            view.setImage(null);
            setTooltip(null);
            boolean isHeading = !empty && tile != null && tile.heading() != null;
            headingMethod.setText(isHeading ? tile.heading().name() : null);
            setGraphic(isHeading ? heading : null);
            return;
        }
        className.setText(row.classIndex() + " · " + row.className());
        ranking.setText(String.format(Locale.ROOT, "%s · x-feature %d · v·E %.2f", row.method().name(), row.feature(),
                row.meanContribution()));
        name.setText(row.name().orElse("(not named)"));
        name.getStyleClass().removeAll("unnamed");
        if (row.name().isEmpty()) {
            name.getStyleClass().add("unnamed");
        }
        Tooltip about = new Tooltip(describe(row));
        setTooltip(about);
        view.setImage(cache.get(row.representative(), row.heatmap(), () -> true, image -> {
            if (row() == row) {
                view.setImage(image);
            }
        }, reason -> {
            if (row() == row) {
                about.setText(describe(row) + "\nNo heatmap: " + reason);
            }
        }));
        setGraphic(box);
    }

    private ClassOverview.Row row() {
        return getItem() == null ? null : getItem().row();
    }

    private static String describe(ClassOverview.Row row) {
        return String.format(Locale.ROOT, "class %d · %s%n%s, most important x-feature %d%nmean v·E over the class %.4f"
                + "%nname: %s%nshown on %s, where it contributes most", row.classIndex(), row.className(),
                row.method().name(), row.feature(), row.meanContribution(), row.name().orElse("(not named)"),
                row.representative().relativePath());
    }
}
