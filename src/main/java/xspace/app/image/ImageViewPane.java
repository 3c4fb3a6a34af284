package xspace.app.image;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import xspace.app.common.AppPreferences;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.app.common.HeatmapControls;
import xspace.app.common.HeatmapImages;
import xspace.attribution.Colormap;
import xspace.data.BirdImage;
import xspace.engine.ProgressTask;
import xspace.explain.Explanation;
import xspace.workspace.session.HeatmapService;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;

/**
 * The image view (the paper's Fig. 3(a)): the image browser on the left; the image with its parts
 * and Voronoi cells, the Excitation BP heatmap of the class score ŷ_j, the network's ŷ_j beside the
 * module's ȳ_j, and one panel per x-feature sorted by v_i·E_i with its heatmap (computed in the
 * background, after the numbers are shown).
 */
public final class ImageViewPane extends SplitPane {

    private static final double EXPLANATION_MIN_WIDTH = 320;

    private ChangeListener<Number> heldShare;
    private double share;

    private final AppState state;
    private final BackgroundTasks tasks;
    private final Runnable openConcept;
    private final ImageBrowser browser;
    private final ScrollPane scroll = new ScrollPane();
    private final ImageViewZoom zoom = new ImageViewZoom(scroll);
    private final AnnotatedImage picture = new AnnotatedImage(zoom.image());
    private final ClassScorePanel classScore = new ClassScorePanel(zoom.classScore());
    private final ScoreSummary summary = new ScoreSummary();
    private final FlowPane panels = new FlowPane(12, 12);
    private final Label panelsCaption = new Label();
    private final HeatmapControls heatmapControls;
    private final Map<Integer, XFeaturePanel> panelByFeature = new HashMap<>();
    private LoadedImage shown;
    /** The heatmaps of the image shown, kept to redraw them in another colormap or after a vote. */
    private HeatmapService.ImageHeatmaps shownHeatmaps;
    private String heatmapsOf;

    public ImageViewPane(AppState state, BackgroundTasks tasks, AppPreferences preferences, Runnable openConcept) {
        this.state = state;
        this.tasks = tasks;
        this.openConcept = openConcept;
        this.browser = new ImageBrowser(state, tasks, preferences);
        this.heatmapControls = new HeatmapControls(preferences);
        getStyleClass().add("image-view");
        panels.setId("xfeature-panels");
        panelsCaption.getStyleClass().add("caption");
        panelsCaption.setId("xfeature-caption");
        // The concept view's Page Up / Page Down go by number, so the two orders are easily confused.
        panelsCaption.setTooltip(new Tooltip("v·E = v_i × E_i: what the x-feature adds to ȳ_j on this image."
                + "\nThe first panel adds the most; those at the end, below zero, speak against the class."
                + "\nPage Up / Page Down in the concept view go by x-feature number instead."));
        // The heatmap controls sit beside the image, under the scores, so that the x-feature panels
        // fit below the image at 1280 × 720.
        VBox right = new VBox(12, summary, heatmapControls);
        VBox centre = new VBox(12, new HBox(20, picture, classScore, right), panelsCaption, panels);
        centre.setPadding(new Insets(14));
        scroll.setContent(centre);
        scroll.setFitToWidth(true);
        // In a narrow window the explanation scrolls sideways rather than squeezing the browser to
        // its file names: the scroll pane would otherwise claim its content's whole minimum width.
        scroll.setMinWidth(EXPLANATION_MIN_WIDTH);
        browser.setMinWidth(ImageBrowser.MIN_WIDTH);
        getItems().addAll(browser, scroll);
        keepBrowserShare(AppPreferences.WindowLayout.DEFAULT.browserSplit());
        state.session.addListener((o, old, session) -> offerLayers(session));
        heatmapControls.colormap().addListener((o, old, map) -> renderHeatmaps());
        heatmapControls.layer().addListener((o, old, layer) -> {
            if (shown != null && layer != null && (shownHeatmaps == null || !layer.equals(shownHeatmaps.layer()))) {
                computeHeatmaps(shown);
            }
        });
        state.image.addListener((o, old, image) -> load());
        state.scores.addListener((o, old, scores) -> load());
        state.revision.addListener((o, old, r) -> load());
        state.feedback.addListener((o, old, f) -> summary.show(shown, f));
    }

    public ImageBrowser browser() {
        return browser;
    }

    public HeatmapControls heatmapControls() {
        return heatmapControls;
    }

    private record Layers(List<String> names, String defaultLayer) {
    }

    /**
     * The image list's share of the view, held until the user drags the divider: the window
     * manager may show the window small before its real size, and a split pane squeezed below its
     * content's minimum moves its divider for good.
     */
    public void keepBrowserShare(double fraction) {
        setDividerPositions(fraction);
        if (heldShare == null) {
            heldShare = (o, old, width) -> setDividerPositions(share);
            widthProperty().addListener(heldShare);
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> widthProperty().removeListener(heldShare));
        }
        share = fraction;
    }

    /** Fills the layer choice once the network is loaded (in the background: loading takes a while). */
    private void offerLayers(WorkspaceSession session) {
        if (session == null) {
            return;
        }
        // The previous network's layer names mean nothing to this one: the default until the new ones are known.
        heatmapControls.showLayers(List.of(), null);
        HeatmapService service = session.heatmaps();
        ProgressTask<Layers> work = monitor -> new Layers(service.layers(), service.defaultLayer());
        tasks.runWhileCurrent(List.of(state.session), "heatmap-layers", "Reading the network's layers", work,
                layers -> heatmapControls.showLayers(layers.names(), layers.defaultLayer()));
    }

    private void load() {
        WorkspaceSession session = state.session.get();
        BirdImage image = state.image.get();
        if (session == null || image == null) {
            return;
        }
        XFeatureScores scores = state.scores.get();
        ProgressTask<LoadedImage> work = monitor -> LoadedImage.load(session, image, scores, monitor);
        tasks.run("image", "Loading " + image.relativePath(), work, this::show);
    }

    private void show(LoadedImage image) {
        shown = image;
        picture.show(image);
        summary.show(image, state.feedback.get());
        List<XFeaturePanel> cells = new ArrayList<>();
        if (image.explanation() != null) {
            for (Explanation.Contribution c : image.explanation().explanation().sorted()) {
                int feature = c.feature();
                cells.add(new XFeaturePanel(feature, image.explanation(), image.annotations().get(feature),
                        zoom.xFeature(), () -> {
                    state.xFeature.set(feature);
                    openConcept.run();
                }));
            }
            panelsCaption.setText(String.format(Locale.ROOT,
                    "%d x-features of %s, largest contribution v·E first; values divided by the largest |v·E| of this"
                    + " image",
                    cells.size(), image.explanation().module().info().id()));
        } else {
            classScore.clear();
            panelsCaption.setText(state.scores.get() == null ? state.noModuleYet()
                    : "This image has no cached features");
        }
        panels.getChildren().setAll(cells);
        panelByFeature.clear();
        cells.forEach(c -> panelByFeature.put(c.feature(), c));
        computeHeatmaps(image);
    }

    /** ŷ_j's and all n x-features' heatmaps of the image in the background; the panels show the numbers meanwhile. */
    private void computeHeatmaps(LoadedImage image) {
        WorkspaceSession session = state.session.get();
        if (image.explanation() == null || session == null) {
            shownHeatmaps = null;
            return;
        }
        var info = image.explanation().module().info();
        String layer = heatmapControls.layer().get();
        String key = info.id() + "/" + image.image().id() + "/" + layer;
        if (key.equals(heatmapsOf) && shownHeatmaps != null) {
            renderHeatmaps();
            return;
        }
        shownHeatmaps = null;
        classScore.prepare(info.classIndex(), session.className(info.classIndex()));
        panelByFeature.values().forEach(p -> p.showPending("computing heatmap…"));
        HeatmapService service = session.heatmaps();
        ProgressTask<HeatmapService.ImageHeatmaps> work = monitor -> service.heatmaps(image.explanation().module(),
                image.image(), image.rgb(), layer, monitor);
        tasks.run("heatmaps", "Heatmaps of " + image.image().relativePath(), work, maps -> {
            if (shown == image) {
                shownHeatmaps = maps;
                heatmapsOf = key;
                renderHeatmaps();
            }
        });
    }

    private void renderHeatmaps() {
        LoadedImage image = shown;
        HeatmapService.ImageHeatmaps maps = shownHeatmaps;
        if (image == null || maps == null) {
            return;
        }
        Colormap colormap = heatmapControls.colormap().get();
        ProgressTask<List<Image>> work = monitor -> HeatmapImages.render(image.rgb(), maps.all(), colormap);
        tasks.run("render-heatmaps", "Drawing heatmaps", work, overlays -> {
            if (shown != image) {
                return;
            }
            classScore.showHeatmap(image.picture(), overlays.get(0), heatmapControls.opacity());
            for (int i = 1; i < overlays.size(); i++) {
                XFeaturePanel panel = panelByFeature.get(i - 1);
                if (panel != null) {
                    panel.showHeatmap(image.picture(), overlays.get(i), heatmapControls.opacity());
                }
            }
        });
    }
}
