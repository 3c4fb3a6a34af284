package xspace.app.concept;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.GridCell;
import org.controlsfx.control.GridView;
import xspace.data.BirdImage;
import xspace.workspace.session.Contribution;
import xspace.app.common.GridColumns;
import xspace.app.common.ThumbnailCache;
import xspace.workspace.session.ImageOverlay;

/**
 * One x-feature across many images (the paper's Fig. 3(b)), in the order given (by the
 * x-feature's activation E_i), each with the x-feature's heatmap over it where it fires; where it
 * is silent (E_i = 0) the image is dimmed and no heatmap drawn, since c-MWP from a unit that is off
 * still spreads a map that would look like evidence. The grid is
 * virtualised, so only the visible cells exist and ask the thumbnail cache for their image and
 * heatmap; the image shows at once and its heatmap follows when computed.
 */
public final class ConceptGallery extends GridView<ConceptGallery.Item> {

    static final int THUMBNAIL = 128;

    /**
     * One image of the gallery: the x-feature's activation E_i and contribution v_i·E_i there,
     * whether it shows the explained class, and a line about it (class, split, the network's verdict).
     */
    public record Item(BirdImage image, double activation, double value, boolean positive, String about) {

        boolean silent() {
            return activation == 0;
        }
    }

    private static final double MIN_SPACING = 6;

    private ThumbnailCache thumbnails;
    /** Read by the loader thread to drop requests of an x-feature no longer shown. */
    private volatile ImageOverlay overlay;
    private final DoubleProperty overlayOpacity = new SimpleDoubleProperty(1);
    private Consumer<BirdImage> open = image -> { };

    ConceptGallery() {
        setId("concept-gallery");
        getStyleClass().add("concept-gallery");
        setCellWidth(THUMBNAIL + 8);
        setCellHeight(THUMBNAIL + 34);
        GridColumns.spread(this, MIN_SPACING);
        setVerticalCellSpacing(MIN_SPACING);
        setCellFactory(grid -> new ItemCell());
        // The grid's inner flow would be a second, invisible Tab stop after the gallery itself.
        skinProperty().addListener((o, old, skin) -> lookupAll(".virtual-flow").forEach(
                flow -> flow.setFocusTraversable(false)));
    }

    /** The items with {@code heatmap} (null: none) drawn over each image. */
    void show(ThumbnailCache cache, ImageOverlay heatmap, List<Item> items) {
        this.thumbnails = cache;
        this.overlay = heatmap;
        // Into the grid's own list, never a new one: its skin hears of a new list only when it
        // differs from the old, so the same images with a heatmap known since (the layer, once the
        // network has loaded) would keep cells that never ask for it.
        getItems().setAll(items);
    }

    /** How opaque the heatmaps are over the images (0 shows the images alone). */
    DoubleProperty overlayOpacity() {
        return overlayOpacity;
    }

    /** Whether every cell on screen shows its image and, where one is drawn, its heatmap. */
    public boolean cellsDrawn() {
        return lookupAll(".gallery-cell").stream().map(Node::getParent).filter(ItemCell.class::isInstance)
                .map(ItemCell.class::cast).allMatch(ItemCell::drawn);
    }

    /**
     * What the gallery shows, in words: the heatmap drawn, each cell on screen with its caption and
     * what it still waits for. For a report when a heatmap does not come.
     */
    public String describe() {
        return "heatmap " + (overlay == null ? "none (layer not known yet)" : overlay.key()) + "; cells: "
                + lookupAll(".gallery-cell").stream().map(Node::getParent).filter(ItemCell.class::isInstance)
                        .map(c -> ((ItemCell) c).state() + (c.getParent() != null && c.getParent().isVisible()
                                ? "" : " (row set aside)")).toList();
    }

    /** What a double click on a thumbnail does (show the image in the image view). */
    void onOpen(Consumer<BirdImage> action) {
        this.open = action;
    }

    private final class ItemCell extends GridCell<Item> {

        private final ImageView view = thumbnailView();
        private final ImageView heatmap = thumbnailView();
        private final Label caption = new Label();
        private final VBox box = new VBox(2, new StackPane(view, heatmap), caption);
        /** The item shown, read by the loader thread. */
        private volatile Item shown;
        /** Why the heatmap of the item shown could not be drawn; null while it is drawn or awaited. */
        private String failure;

        ItemCell() {
            heatmap.getStyleClass().add("gallery-heatmap");
            heatmap.opacityProperty().bind(overlayOpacity);
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
            shown = empty ? null : item;
            failure = null;
            if (empty || item == null) {
                setGraphic(null);
                setTooltip(null);
                return;
            }
            caption(item);
            view.setOpacity(item.silent() ? 0.35 : 1);
            Image cached = thumbnails.get(item.image(), () -> shown == item, loaded -> {
                if (shown == item) {
                    view.setImage(loaded);
                }
            });
            view.setImage(cached);
            heatmap.setImage(heatmapOf(item));
            setGraphic(box);
        }

        private void caption(Item item) {
            caption.setText((item.positive() ? "● " : "○ ") + (item.silent() ? "E 0 · silent"
                    : String.format(Locale.ROOT, "E %.2f · %s", item.activation(),
                            Contribution.text(item.value()))) + (failure == null ? "" : " · no heatmap"));
            caption.getStyleClass().removeAll("positive", "negative", "zero");
            caption.getStyleClass().add(Contribution.styleClass(item.value()));
            // On the whole cell: a user points at the bird, not at the caption under it.
            setTooltip(new Tooltip(item.about()
                    + (failure == null ? "" : "\nThe heatmap could not be drawn: " + failure)));
        }

        /** Whether the cell shows its image and its heatmap, or says why it has none. */
        boolean drawn() {
            return shown == null || view.getImage() != null
                    && (overlay == null || shown.silent() || heatmap.getImage() != null || failure != null);
        }

        /** The cell's state in words, for a report of what the gallery shows. */
        String state() {
            return shown == null ? "empty" : caption.getText() + (view.getImage() == null ? ", image awaited" : "")
                    + (shown.silent() || overlay == null ? "" : heatmap.getImage() != null ? ", heatmap drawn"
                            : failure != null ? ", heatmap failed: " + failure : ", heatmap awaited");
        }

        private Image heatmapOf(Item item) {
            ImageOverlay drawn = overlay;
            if (drawn == null || item.silent()) {
                return null;
            }
            return thumbnails.get(item.image(), drawn, () -> shown == item && overlay == drawn, loaded -> {
                if (shown == item && overlay == drawn) {
                    heatmap.setImage(loaded);
                }
            }, reason -> {
                if (shown == item && overlay == drawn) {
                    failure = reason;
                    caption(item);
                }
            });
        }
    }

    private static ImageView thumbnailView() {
        ImageView view = new ImageView();
        view.setFitWidth(THUMBNAIL);
        view.setFitHeight(THUMBNAIL);
        view.setPreserveRatio(true);
        return view;
    }
}
