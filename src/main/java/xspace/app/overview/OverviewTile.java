package xspace.app.overview;

import java.util.Locale;
import java.util.function.Supplier;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import xspace.app.common.ThumbnailCache;

/**
 * One explained class in the overview: the heatmap on its representative image above the class,
 * the method, x-feature and mean v·E on one line, and the name; the whole of it in the tooltip,
 * for what a long class name or note cuts short.
 */
final class OverviewTile extends GridCell<ClassOverview.Row> {

    static final double WIDTH = ClassOverview.THUMBNAIL + 94;
    static final double HEIGHT = ClassOverview.THUMBNAIL + 62;

    private final Supplier<ThumbnailCache> thumbnails;
    private final ImageView view = new ImageView();
    private final Label className = new Label();
    private final Label ranking = new Label();
    private final Label name = new Label();
    private final VBox box = new VBox(2, view, className, ranking, name);

    OverviewTile(Supplier<ThumbnailCache> thumbnails) {
        this.thumbnails = thumbnails;
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
    protected void updateItem(ClassOverview.Row row, boolean empty) {
        super.updateItem(row, empty);
        ThumbnailCache cache = thumbnails.get();
        if (empty || row == null || cache == null) {
            view.setImage(null);
            setGraphic(null);
            setTooltip(null);
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
            if (getItem() == row) {
                view.setImage(image);
            }
        }, reason -> {
            if (getItem() == row) {
                about.setText(describe(row) + "\nNo heatmap: " + reason);
            }
        }));
        setGraphic(box);
    }

    private static String describe(ClassOverview.Row row) {
        return String.format(Locale.ROOT, "class %d · %s%n%s, most important x-feature %d%nmean v·E over the class %.4f"
                + "%nname: %s%nshown on %s, where it contributes most", row.classIndex(), row.className(),
                row.method().name(), row.feature(), row.meanContribution(), row.name().orElse("(not named)"),
                row.representative().relativePath());
    }
}
