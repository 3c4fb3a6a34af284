package xspace.app.overview;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.concurrent.Task;
import javafx.concurrent.WorkerStateEvent;
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
import xspace.engine.FileErrors;
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
import xspace.app.common.GridColumns;
import xspace.app.common.Icons;
import xspace.app.common.ThumbnailCache;
import xspace.workspace.session.XFeatureOverlay;

/**
 * The class overview (the paper's Fig. 4(a)): for every explained class, its most important
 * x-feature, the one with the largest mean v_i·E_i over the class's images, shown on the class's
 * image where it contributes most, with its name if anyone gave one; the tiles grouped by method.
 */
public final class ClassOverview extends BorderPane {

    /** One row: a module and its most important x-feature. */
    public record Row(int classIndex, String className, ExplanationMethod method, int feature, double meanContribution,
            Optional<String> name, BirdImage representative, XFeatureOverlay heatmap) {
    }

    static final int THUMBNAIL = 96;
    private static final double SPACING = 6;
    private static final String PRESS = "Press Compute to rank the x-features of every explained class";

    private final AppState state;
    private final BackgroundTasks tasks;
    private final GridView<OverviewTile.Tile> grid = new GridView<>();
    private final Label placeholder = new Label(PRESS);
    private List<Row> rows = List.of();
    private int columns = 1;
    private ThumbnailCache thumbnails;
    private Task<?> computing;
    private final BooleanProperty onScreen = new SimpleBooleanProperty();
    /** Whether this workspace's overview was ranked (or asked to be) since it opened. */
    private boolean rankedOnce;

    /** {@code open} shows a row's x-feature in the concept view (double-click or Enter on its tile). */
    public ClassOverview(AppState state, BackgroundTasks tasks, Consumer<Row> open) {
        this.state = state;
        this.tasks = tasks;
        grid.setId("class-overview");
        placeholder.setId("overview-placeholder");
        placeholder.setWrapText(true);
        grid.getStyleClass().add("class-overview");
        // Tiles rather than table rows: at 1280 × 720 about four times as many classes show at once.
        grid.setCellWidth(OverviewTile.WIDTH);
        grid.setCellHeight(OverviewTile.HEIGHT);
        // The columns counted below (columnsNow) are those the least spacing fits, which spreading keeps.
        GridColumns.spread(grid, SPACING);
        grid.setVerticalCellSpacing(SPACING);
        grid.setCellFactory(g -> new OverviewTile(() -> thumbnails, open));
        grid.widthProperty().addListener((o, a, b) -> {
            if (columnsNow() != columns) {
                layoutTiles();
            }
        });
        Button compute = new Button("Compute", Icons.of(MaterialDesignR.REFRESH));
        compute.setId("overview-compute");
        compute.setOnAction(e -> compute());
        HBox bar = new HBox(8, compute, new Label("Each class's x-feature with the largest mean v·E over its images,"
                + " on the image where it contributes most"));
        bar.setPadding(new Insets(8, 12, 8, 12));
        setTop(bar);
        setCenter(placeholder);
        state.session.addListener((o, old, session) -> {
            // A ranking of the workspace left says nothing about this one, not even that it failed.
            computing = null;
            rankedOnce = false;
            show(List.of());
            if (thumbnails != null) {
                thumbnails.shutdown();
            }
            thumbnails = session == null ? null : new ThumbnailCache(session.dataset(), THUMBNAIL, 200);
            rankOnFirstSight();
        });
        onScreen.addListener((o, was, now) -> rankOnFirstSight());
    }

    /** Whether the overview is the view shown (its tab selected), as the main window says. */
    public BooleanProperty onScreen() {
        return onScreen;
    }

    /**
     * The first time the overview is seen for a workspace, it ranks by itself: an empty page that
     * waits for Compute tells a first-time user nothing. After that (cancelled, failed or done),
     * only Compute ranks again.
     */
    private void rankOnFirstSight() {
        if (onScreen.get() && !rankedOnce && state.session.get() != null) {
            compute();
        }
    }

    /** The rows computed last, one tile each. */
    public List<Row> rows() {
        return rows;
    }

    /** The methods' headings in the order shown, each starting a line of tiles, as the index of its tile. */
    public Map<ExplanationMethod, Integer> headings() {
        Map<ExplanationMethod, Integer> headings = new LinkedHashMap<>();
        for (int i = 0; i < grid.getItems().size(); i++) {
            OverviewTile.Tile tile = grid.getItems().get(i);
            if (tile.heading() != null) {
                headings.put(tile.heading(), i);
            }
        }
        return headings;
    }

    /** Tiles per line of the grid now. */
    public int columns() {
        return columns;
    }

    /** Whether every row on screen shows its representative image. */
    public boolean imagesDrawn() {
        return grid.lookupAll(".class-overview-image").stream()
                .allMatch(n -> ((ImageView) n).getImage() != null || !n.isVisible());
    }

    /** Stops drawing thumbnails, the window closing: its drawing thread would outlive it. */
    public void stopDrawing() {
        if (thumbnails != null) {
            thumbnails.shutdown();
        }
    }

    public void compute() {
        WorkspaceSession session = state.session.get();
        if (session == null) {
            return;
        }
        rankedOnce = true;
        // The status bar shows the progress; the centre says what is under way rather than what to press.
        placeholder.setText("Ranking x-features of every explained class…");
        grid.getItems().clear();
        setCenter(placeholder);
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
        Task<List<Row>> task = tasks.runWhileCurrent(List.of(state.session), "overview",
                "Ranking x-features of every explained class", work, this::show);
        computing = task;
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_CANCELLED, e -> stopped(task, "Ranking cancelled."));
        task.addEventHandler(WorkerStateEvent.WORKER_STATE_FAILED, e -> stopped(task,
                "Ranking failed: " + FileErrors.reason(task.getException())));
    }

    /**
     * Cancelled or failed: the tiles from before come back rather than a ranking said to be under
     * way; with none, the centre says why nothing shows.
     */
    private void stopped(Task<?> task, String why) {
        if (computing != task) {
            return;
        }
        computing = null;
        show(rows);
        if (rows.isEmpty()) {
            placeholder.setText(why + "\n" + PRESS);
        }
    }

    /** The tiles, or what to do while there are none (a grid shows no placeholder of its own). */
    private void show(List<Row> rows) {
        this.rows = List.copyOf(rows);
        placeholder.setText(PRESS);
        layoutTiles();
        setCenter(rows.isEmpty() ? placeholder : grid);
    }

    /**
     * The rows come method by method; each method starts a new line of the grid with a heading tile,
     * so that no line mixes methods and a class seen twice is under two headings.
     */
    private void layoutTiles() {
        columns = columnsNow();
        List<OverviewTile.Tile> tiles = new ArrayList<>();
        ExplanationMethod method = null;
        for (Row row : rows) {
            if (row.method() != method) {
                while (tiles.size() % columns != 0) {
                    tiles.add(OverviewTile.Tile.BLANK);
                }
                method = row.method();
                tiles.add(new OverviewTile.Tile(null, method));
            }
            tiles.add(new OverviewTile.Tile(row, null));
        }
        // Into the grid's own list: its skin would not hear of a new list equal to the old one.
        grid.getItems().setAll(tiles);
    }

    /** Tiles per line as ControlsFX's grid skin counts them (its width less 18 over a cell and its spacing). */
    private int columnsNow() {
        return Math.max(1, (int) Math.floor((grid.getWidth() - 18) / (OverviewTile.WIDTH + 2 * SPACING)));
    }
}
