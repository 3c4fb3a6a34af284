package xspace.app;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import xspace.attribution.Colormap;
import xspace.attribution.Heatmap;
import xspace.data.BirdImage;
import xspace.engine.ProgressTask;
import xspace.explain.Explanation;

/**
 * The image view (the paper's Fig. 3(a)): the image browser on the left; the image with its parts
 * and Voronoi cells, the network's ŷ_j beside the module's ȳ_j, and one panel per x-feature sorted
 * by v_i·E_i with its heatmap (computed in the background, after the numbers are shown).
 */
final class ImageViewPane extends SplitPane {

    private final AppState state;
    private final BackgroundTasks tasks;
    private final Runnable openConcept;
    private final ImageBrowser browser;
    private final AnnotatedImage picture = new AnnotatedImage();
    private final ScoreSummary summary = new ScoreSummary();
    private final FlowPane panels = new FlowPane(12, 12);
    private final Label panelsCaption = new Label();
    private final HeatmapControls heatmapControls = new HeatmapControls();
    private final Map<Integer, XFeaturePanel> panelByFeature = new HashMap<>();
    private HeatmapService heatmaps;
    private LoadedImage shown;
    /** The heatmaps of the image shown, kept to redraw them in another colormap or after a vote. */
    private List<Heatmap> shownHeatmaps;
    private String heatmapsOf;

    ImageViewPane(AppState state, BackgroundTasks tasks, Runnable openConcept) {
        this.state = state;
        this.tasks = tasks;
        this.openConcept = openConcept;
        this.browser = new ImageBrowser(state);
        getStyleClass().add("image-view");
        panels.setId("xfeature-panels");
        panelsCaption.getStyleClass().add("caption");
        VBox centre = new VBox(12, new HBox(20, picture, summary), heatmapControls, panelsCaption, panels);
        centre.setPadding(new Insets(14));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        getItems().addAll(browser, scroll);
        setDividerPositions(0.25);
        state.session.addListener((o, old, session) -> heatmaps = session == null ? null
                : new HeatmapService(session.workspace()));
        heatmapControls.colormap().addListener((o, old, map) -> renderHeatmaps());
        state.image.addListener((o, old, image) -> load());
        state.scores.addListener((o, old, scores) -> load());
        state.revision.addListener((o, old, r) -> load());
        state.feedback.addListener((o, old, f) -> summary.show(shown, f));
    }

    ImageBrowser browser() {
        return browser;
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
                cells.add(new XFeaturePanel(feature, image.explanation(), image.annotations().get(feature), () -> {
                    state.feature.set(feature);
                    openConcept.run();
                }));
            }
            panelsCaption.setText(String.format(Locale.ROOT,
                    "%d x-features of %s, sorted by v·E; values divided by the largest |v·E| of this image",
                    cells.size(), image.explanation().module().info().id()));
        } else {
            panelsCaption.setText(state.scores.get() == null ? "Choose an explained class to see its x-features"
                    : "This image has no cached features");
        }
        panels.getChildren().setAll(cells);
        panelByFeature.clear();
        cells.forEach(c -> panelByFeature.put(c.feature(), c));
        computeHeatmaps(image);
    }

    /** All n heatmaps of the image in one background pass; the panels show the numbers meanwhile. */
    private void computeHeatmaps(LoadedImage image) {
        if (image.explanation() == null || heatmaps == null) {
            shownHeatmaps = null;
            return;
        }
        String key = image.explanation().module().info().id() + "/" + image.image().id();
        if (key.equals(heatmapsOf) && shownHeatmaps != null) {
            renderHeatmaps();
            return;
        }
        shownHeatmaps = null;
        panelByFeature.values().forEach(p -> p.showPending("computing heatmap…"));
        HeatmapService service = heatmaps;
        ProgressTask<List<Heatmap>> work = monitor -> service.heatmaps(image.explanation().module(), image.image(),
                image.rgb(), monitor);
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
        List<Heatmap> maps = shownHeatmaps;
        if (image == null || maps == null) {
            return;
        }
        Colormap colormap = heatmapControls.colormap().get();
        ProgressTask<List<Image>> work = monitor -> HeatmapService.render(image.rgb(), maps, colormap);
        tasks.run("render-heatmaps", "Drawing heatmaps", work, overlays -> {
            if (shown != image) {
                return;
            }
            for (int i = 0; i < overlays.size(); i++) {
                XFeaturePanel panel = panelByFeature.get(i);
                if (panel != null) {
                    panel.showHeatmap(image.picture(), overlays.get(i), heatmapControls.opacity());
                }
            }
        });
    }
}
