package xspace.app.overview;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.GridView;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import xspace.attribution.Colormap;
import xspace.data.BirdImage;
import xspace.engine.ProgressTask;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.session.GalleryFilter;
import xspace.workspace.session.ModuleCatalog;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.app.common.Icons;
import xspace.app.common.ThumbnailCache;
import xspace.workspace.session.XFeatureOverlay;

/**
 * The class overview (the paper's Fig. 4(a)): for every explained class, its most important
 * x-feature, the one with the largest mean v_i·E_i over the class's images, shown on the class's
 * image where it contributes most, with its name if anyone gave one.
 */
public final class ClassOverview extends BorderPane {

    /** One row: a module and its most important x-feature. */
    public record Row(int classIndex, String className, ExplanationMethod method, int feature, double meanContribution,
            Optional<String> name, BirdImage representative, XFeatureOverlay heatmap) {
    }

    static final int THUMBNAIL = 96;

    private final AppState state;
    private final BackgroundTasks tasks;
    private final GridView<Row> grid = new GridView<>();
    private final Label placeholder = new Label("Press Compute to rank the x-features of every explained class");
    private ThumbnailCache thumbnails;

    public ClassOverview(AppState state, BackgroundTasks tasks) {
        this.state = state;
        this.tasks = tasks;
        grid.setId("class-overview");
        grid.getStyleClass().add("class-overview");
        // Tiles rather than table rows: at 1280 × 720 about four times as many classes show at once.
        grid.setCellWidth(OverviewTile.WIDTH);
        grid.setCellHeight(OverviewTile.HEIGHT);
        grid.setHorizontalCellSpacing(6);
        grid.setVerticalCellSpacing(6);
        grid.setCellFactory(g -> new OverviewTile(() -> thumbnails));
        Button compute = new Button("Compute", Icons.of(MaterialDesignR.REFRESH));
        compute.setId("overview-compute");
        compute.setOnAction(e -> compute());
        HBox bar = new HBox(8, compute, new Label("Each class's x-feature with the largest mean v·E over its images,"
                + " on the image where it contributes most"));
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);
        setCenter(placeholder);
        state.session.addListener((o, old, session) -> {
            show(List.of());
            if (thumbnails != null) {
                thumbnails.shutdown();
            }
            thumbnails = session == null ? null : new ThumbnailCache(session.dataset(), THUMBNAIL, 200);
        });
    }

    /** The rows computed last, one tile each. */
    public List<Row> rows() {
        return grid.getItems();
    }

    /** Whether every row on screen shows its representative image. */
    public boolean imagesDrawn() {
        return grid.lookupAll(".class-overview-image").stream()
                .allMatch(n -> ((ImageView) n).getImage() != null || !n.isVisible());
    }

    public void compute() {
        WorkspaceSession session = state.session.get();
        if (session == null) {
            return;
        }
        ProgressTask<List<Row>> work = monitor -> {
            List<Row> rows = new ArrayList<>();
            String layer = session.heatmaps().defaultLayer();
            ModuleCatalog catalog = session.modules();
            int total = 0;
            for (ExplanationMethod method : catalog.methods()) {
                total += catalog.classes(method).size();
            }
            int done = 0;
            for (ExplanationMethod method : catalog.methods()) {
                for (int classIndex : catalog.classes(method)) {
                    ExplanationModule module = catalog.module(method, classIndex).orElseThrow();
                    XFeatureScores scores = XFeatureScores.compute(module, session.zRows(),
                            monitor.stage((double) done / total, (double) (done + 1) / total));
                    int best = scores.mostImportant();
                    XFeatureScores.Scored strongest = scores.strongestPositive(best);
                    BirdImage representative = session.dataset().image(strongest != null ? strongest.imageId()
                            : scores.gallery(best, GalleryFilter.ALL).get(0).imageId());
                    rows.add(new Row(classIndex, session.className(classIndex), method, best, scores.meanOverPositives(best),
                            session.database().currentName(new XFeatureKey(module.info().versionId(), classIndex, best)),
                            representative, new XFeatureOverlay(session.heatmaps(), module, best, layer, Colormap.JET)));
                    done++;
                }
            }
            return rows;
        };
        // Rows of a workspace left meanwhile carry its names and images: dropped, not shown under the new one.
        tasks.runWhileCurrent(List.of(state.session), "overview", "Ranking x-features of every explained class",
                work, this::show);
    }

    /** The tiles, or what to do while there are none (a grid shows no placeholder of its own). */
    private void show(List<Row> rows) {
        grid.setItems(FXCollections.observableArrayList(rows));
        setCenter(rows.isEmpty() ? placeholder : grid);
    }
}
