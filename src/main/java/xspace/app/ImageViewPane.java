package xspace.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import xspace.data.BirdImage;
import xspace.engine.ProgressTask;
import xspace.explain.Explanation;

/**
 * The image view (the paper's Fig. 3(a)): the image browser on the left; the image with its parts
 * and Voronoi cells, the network's ŷ_j beside the module's ȳ_j, and one panel per x-feature sorted
 * by v_i·E_i.
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
    private LoadedImage shown;

    ImageViewPane(AppState state, BackgroundTasks tasks, Runnable openConcept) {
        this.state = state;
        this.tasks = tasks;
        this.openConcept = openConcept;
        this.browser = new ImageBrowser(state);
        getStyleClass().add("image-view");
        panels.setId("xfeature-panels");
        panelsCaption.getStyleClass().add("caption");
        VBox centre = new VBox(14, new HBox(20, picture, summary), panelsCaption, panels);
        centre.setPadding(new Insets(14));
        ScrollPane scroll = new ScrollPane(centre);
        scroll.setFitToWidth(true);
        getItems().addAll(browser, scroll);
        setDividerPositions(0.22);
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
    }
}
