package xspace.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import xspace.data.BirdImage;

/**
 * One x-feature across many images (the paper's Fig. 3(b)): the explained class's images first,
 * each group by v_i·E_i descending. The grid is virtualised, so only the visible cells exist and
 * ask the thumbnail cache for their image.
 */
final class ConceptGallery extends GridView<ConceptGallery.Item> {

    static final int THUMBNAIL = 128;

    /** One image of the gallery with its contribution and whether it shows the explained class. */
    record Item(BirdImage image, double value, boolean positive) {
    }

    private ThumbnailCache thumbnails;
    private Consumer<BirdImage> open = image -> { };

    ConceptGallery() {
        setId("concept-gallery");
        getStyleClass().add("concept-gallery");
        setCellWidth(THUMBNAIL + 8);
        setCellHeight(THUMBNAIL + 34);
        setHorizontalCellSpacing(6);
        setVerticalCellSpacing(6);
        setCellFactory(grid -> new ItemCell());
    }

    void show(ThumbnailCache cache, List<Item> items) {
        this.thumbnails = cache;
        setItems(FXCollections.observableArrayList(items));
    }

    /** What a double click on a thumbnail does (show the image in the image view). */
    void onOpen(Consumer<BirdImage> action) {
        this.open = action;
    }

    private final class ItemCell extends GridCell<Item> {

        private final ImageView view = new ImageView();
        private final Label caption = new Label();
        private final VBox box = new VBox(2, view, caption);

        ItemCell() {
            view.setFitWidth(THUMBNAIL);
            view.setFitHeight(THUMBNAIL);
            view.setPreserveRatio(true);
            box.setAlignment(Pos.TOP_CENTER);
            box.getStyleClass().add("gallery-cell");
            caption.getStyleClass().add("gallery-caption");
            setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && getItem() != null) {
                    open.accept(getItem().image());
                }
            });
        }

        @Override
        protected void updateItem(Item item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                return;
            }
            caption.setText((item.positive() ? "● " : "○ ") + Contribution.text(item.value()));
            caption.getStyleClass().removeAll("positive", "negative", "zero");
            caption.getStyleClass().add(Contribution.styleClass(item.value()));
            Image cached = thumbnails.get(item.image(), loaded -> {
                if (getItem() == item) {
                    view.setImage(loaded);
                }
            });
            view.setImage(cached);
            setGraphic(box);
        }
    }
}
