package xspace.app;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.workspace.db.Trust;

/**
 * The concept view (the paper's Fig. 3(b)): one x-feature across the images, for people to name
 * it and vote whether to trust it. Keys: 1 trust, 2 distrust, 3 unsure; Page Up / Page Down or
 * Ctrl+Left / Ctrl+Right the previous or next x-feature.
 */
final class ConceptViewPane extends BorderPane {

    private final AppState state;
    private final ConceptGallery gallery = new ConceptGallery();
    private final ConceptPanel panel;
    private final Label caption = new Label();
    private final HeatmapControls heatmapControls;
    private ThumbnailCache thumbnails;

    ConceptViewPane(AppState state, BackgroundTasks tasks, Annotations annotations, HeatmapControls heatmapControls,
            Consumer<BirdImage> openImage) {
        this.state = state;
        this.heatmapControls = heatmapControls;
        this.panel = new ConceptPanel(state, tasks, annotations);
        getStyleClass().add("concept-view");
        caption.getStyleClass().add("caption");
        setTop(navigation());
        setCenter(gallery);
        setRight(panel);
        gallery.onOpen(openImage);
        state.session.addListener((o, old, session) -> {
            if (thumbnails != null) {
                thumbnails.shutdown();
            }
            thumbnails = session == null ? null : new ThumbnailCache(session.dataset(), ConceptGallery.THUMBNAIL, 600);
        });
        state.scores.addListener((o, a, b) -> showGallery());
        state.feature.addListener((o, a, b) -> showGallery());
        // The gallery draws its heatmaps as the image view does: same layer, colormap and opacity.
        heatmapControls.layer().addListener((o, a, b) -> showGallery());
        heatmapControls.colormap().addListener((o, a, b) -> showGallery());
        gallery.overlayOpacity().bind(heatmapControls.opacity());
    }

    ConceptGallery gallery() {
        return gallery;
    }

    private HBox navigation() {
        Button previous = new Button("Previous", Icons.of(MaterialDesignC.CHEVRON_LEFT));
        Button next = new Button("Next", Icons.of(MaterialDesignC.CHEVRON_RIGHT));
        previous.setId("feature-previous");
        next.setId("feature-next");
        previous.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, next, caption, spacer);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("concept-navigation");
        return bar;
    }

    /** Moves to the previous (−1) or next (+1) x-feature of the module, wrapping around. */
    void step(int direction) {
        XFeatureScores scores = state.scores.get();
        if (scores != null) {
            int n = scores.module().info().n();
            state.feature.set(Math.floorMod(state.feature.get() + direction, n));
        }
    }

    /**
     * The view's keys; the window passes its key presses here while this view is shown, since the
     * focus may be on the tabs or the toolbar rather than inside the view.
     */
    void keys(KeyEvent e) {
        if (e.getCode() == KeyCode.PAGE_DOWN || (e.isShortcutDown() && e.getCode() == KeyCode.RIGHT)) {
            step(1);
            e.consume();
        } else if (e.getCode() == KeyCode.PAGE_UP || (e.isShortcutDown() && e.getCode() == KeyCode.LEFT)) {
            step(-1);
            e.consume();
        } else if (!panel.editingText() && !hasModifier(e)) {
            Trust trust = switch (e.getCode()) {
                case DIGIT1, NUMPAD1 -> Trust.TRUST;
                case DIGIT2, NUMPAD2 -> Trust.DISTRUST;
                case DIGIT3, NUMPAD3 -> Trust.UNSURE;
                default -> null;
            };
            if (trust != null) {
                panel.vote(trust);
                e.consume();
            }
        }
    }

    /** Ctrl+1 and the like belong to the menus (switching views), never to a vote. */
    private static boolean hasModifier(KeyEvent e) {
        return e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown();
    }

    /** Key typed while this view is shown and no text field has the focus: a letter starts a name. */
    void typed(KeyEvent e) {
        String c = e.getCharacter();
        if (!panel.editingText() && c.length() == 1 && Character.isLetter(c.charAt(0)) && !e.isShortcutDown()
                && !e.isAltDown()) {
            panel.startNaming(c);
            e.consume();
        }
    }

    private void showGallery() {
        XFeatureScores scores = state.scores.get();
        WorkspaceSession session = state.session.get();
        if (scores == null || session == null) {
            gallery.getItems().clear();
            caption.setText("");
            return;
        }
        CubDataset dataset = session.dataset();
        int feature = state.feature.get();
        List<ConceptGallery.Item> items = scores.gallery(feature).stream()
                .map(s -> new ConceptGallery.Item(dataset.image(s.imageId()), s.value(), s.positive())).toList();
        String layer = heatmapControls.layer().get();
        GalleryHeatmap heatmap = layer == null ? null : new GalleryHeatmap(session.heatmaps(), scores.module(), feature,
                layer, heatmapControls.colormap().get());
        gallery.show(thumbnails, heatmap, items);
        caption.setText(String.format("x-feature %d: %d images, ● class %s first, each by v·E descending",
                feature + 1, items.size(), session.className(scores.module().info().classIndex())));
    }
}
