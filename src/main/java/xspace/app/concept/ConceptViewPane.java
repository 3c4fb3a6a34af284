package xspace.app.concept;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.workspace.db.Trust;
import xspace.workspace.session.GalleryFilter;
import xspace.workspace.session.FeatureAnnotation;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;
import xspace.app.common.Annotations;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.app.common.HeatmapControls;
import xspace.app.common.Icons;
import xspace.app.common.ThumbnailCache;
import xspace.explain.ModuleInfo;
import xspace.workspace.session.XFeatureOverlay;

/**
 * The concept view (the paper's Fig. 3(b)): one x-feature across the images, for people to name
 * it and vote whether to trust it. Keys: 1 trust, 2 distrust, 3 unsure; Page Up / Page Down or
 * Ctrl+Left / Ctrl+Right the previous or next x-feature.
 */
public final class ConceptViewPane extends BorderPane {

    private final AppState state;
    private final ConceptGallery gallery = new ConceptGallery();
    private final ConceptPanel panel;
    private final Label caption = new Label();
    /** Which images: class, split, the network's mistakes; the gallery is ranked by E_i whatever is chosen. */
    private final GalleryFilterBar filters = new GalleryFilterBar();
    private final HeatmapControls heatmapControls;
    private ThumbnailCache thumbnails;

    public ConceptViewPane(AppState state, BackgroundTasks tasks, Annotations annotations, HeatmapControls heatmapControls,
            Consumer<BirdImage> openImage) {
        this.state = state;
        this.heatmapControls = heatmapControls;
        this.panel = new ConceptPanel(state, tasks, annotations);
        getStyleClass().add("concept-view");
        caption.getStyleClass().add("caption");
        caption.setId("concept-caption");
        setTop(new VBox(navigation(), filters));
        setCenter(gallery);
        // At 720 pixels the panel is taller than the view: it scrolls rather than losing its faithfulness table.
        ScrollPane side = new ScrollPane(panel);
        side.setFitToWidth(true);
        side.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        side.setFocusTraversable(false);
        side.getStyleClass().add("concept-side");
        setRight(side);
        gallery.onOpen(openImage);
        state.session.addListener((o, old, session) -> {
            if (thumbnails != null) {
                thumbnails.shutdown();
            }
            thumbnails = session == null ? null : new ThumbnailCache(session.dataset(), ConceptGallery.THUMBNAIL, 600);
        });
        state.scores.addListener((o, a, b) -> showGallery());
        state.xFeature.addListener((o, a, b) -> showGallery());
        filters.onChange(this::showGallery);
        // The gallery draws its heatmaps as the image view does: same layer, colormap and opacity.
        heatmapControls.layer().addListener((o, a, b) -> showGallery());
        heatmapControls.colormap().addListener((o, a, b) -> showGallery());
        gallery.overlayOpacity().bind(heatmapControls.opacity());
    }

    public ConceptGallery gallery() {
        return gallery;
    }

    private HBox navigation() {
        Button previous = new Button("Previous", Icons.of(MaterialDesignC.CHEVRON_LEFT));
        Button next = new Button("Next", Icons.of(MaterialDesignC.CHEVRON_RIGHT));
        previous.setId("feature-previous");
        next.setId("feature-next");
        previous.setOnAction(e -> step(-1));
        next.setOnAction(e -> step(1));
        // In a narrow window the caption gives way, never the buttons' labels.
        previous.setMinWidth(Region.USE_PREF_SIZE);
        next.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, previous, next, caption, spacer);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("concept-navigation");
        return bar;
    }

    /** Chooses whose images the gallery shows, as the choice box would. */
    public void filterScope(GalleryFilter.Scope chosen) {
        filters.scope(chosen);
    }

    /** Moves to the previous (−1) or next (+1) x-feature of the module, wrapping around. */
    void step(int direction) {
        XFeatureScores scores = state.scores.get();
        if (scores != null) {
            int n = scores.module().info().n();
            state.xFeature.set(Math.floorMod(state.xFeature.get() + direction, n));
        }
    }

    /** Saves the note being written, if changed, as leaving its field would (the window closing). */
    public void savePendingNote() {
        panel.commitNote();
    }

    /** Stops drawing thumbnails, the window closing: its drawing thread would outlive it. */
    public void stopDrawing() {
        if (thumbnails != null) {
            thumbnails.shutdown();
        }
    }

    /**
     * The view's keys; the window passes its key presses here while this view is shown, since the
     * focus may be on the tabs or the toolbar rather than inside the view.
     */
    public void keys(KeyEvent e) {
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
            } else if (e.getCode() == KeyCode.DIGIT0 || e.getCode() == KeyCode.NUMPAD0) {
                panel.withdrawVote();
                e.consume();
            }
        }
    }

    /** Ctrl+1 and the like belong to the menus (switching views), never to a vote. */
    private static boolean hasModifier(KeyEvent e) {
        return e.isShortcutDown() || e.isControlDown() || e.isAltDown() || e.isMetaDown();
    }

    /** Key typed while this view is shown and no text field has the focus: a letter starts a name. */
    public void typed(KeyEvent e) {
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
            filters.warn("");
            return;
        }
        CubDataset dataset = session.dataset();
        int feature = state.xFeature.get();
        int classIndex = scores.module().info().classIndex();
        List<ConceptGallery.Item> items = scores.gallery(feature, filters.filter()).stream()
                .map(s -> item(session, dataset, s)).toList();
        String layer = heatmapControls.layer().get();
        XFeatureOverlay heatmap = layer == null ? null : new XFeatureOverlay(session.heatmaps(), scores.module(), feature,
                layer, heatmapControls.colormap().get());
        gallery.show(thumbnails, heatmap, items);
        int[] firing = scores.firing(feature);
        String explained = session.className(classIndex);
        caption.setText(String.format(Locale.ROOT, "%s fires (E > 0) on %d of %d images, %d of %d of class"
                + " %s; %d shown, strongest first (● %s, ○ other classes)", FeatureAnnotation.label(feature),
                firing[0], scores.imageCount(), firing[1], scores.positiveCount(), explained, items.size(), explained));
        filters.warn(warningOf(scores.module().info(), firing));
    }

    private static ConceptGallery.Item item(WorkspaceSession session, CubDataset dataset, XFeatureScores.Scored s) {
        BirdImage image = dataset.image(s.imageId());
        String about = String.format(Locale.ROOT, "%s · %s split · network %s · E = %.4f, v·E = %+.4f",
                session.className(s.label()), s.training() ? "training" : "test",
                s.correct() ? "right" : "wrong", s.activation(), s.value());
        return new ConceptGallery.Item(image, s.activation(), s.value(), s.positive(), about);
    }

    /** Says when what is shown explains little: a degenerate module, or an x-feature silent on its class. */
    static String warningOf(ModuleInfo info, int[] firing) {
        if (firing[1] == 0) {
            return "This x-feature is zero on every image of its class" + (info.degenerate()
                    ? "; the module is degenerate." : ".");
        }
        return info.degenerate() ? "This module is degenerate: some x-features are zero on every image of its class."
                : "";
    }
}
