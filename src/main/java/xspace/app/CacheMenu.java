package xspace.app;

import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import xspace.app.common.DialogKeys;
import xspace.attribution.HeatmapCache;
import xspace.engine.ByteSizes;
import xspace.engine.ProgressTask;
import xspace.explain.ModuleInfo;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;
import xspace.app.common.AppPreferences;
import xspace.app.common.Icons;

/**
 * File ▸ Heatmap cache: how much the open workspace's heatmap cache holds, its size limit
 * (remembered, and applied to every workspace opened), clearing it after a confirmation, and
 * filling it with every image's maps of the module shown (as {@code heatmaps --all}). All of it
 * runs in the background: the cache can hold thousands of files.
 */
final class CacheMenu {

    static final ButtonType CLEAR = new ButtonType("Clear", ButtonBar.ButtonData.OK_DONE);

    private final MainWindow window;
    private final AppPreferences preferences;
    private final Menu menu = new Menu("Heatmap cache");
    private final MenuItem clear = new MenuItem("Clear…");
    private final MenuItem limit = new MenuItem("Size limit…");
    private final MenuItem fill = new MenuItem("Compute every image's maps of this module");

    CacheMenu(MainWindow window, AppPreferences preferences) {
        this.window = window;
        this.preferences = preferences;
        menu.setId("cache-menu");
        menu.setGraphic(Icons.of(MaterialDesignD.DATABASE_OUTLINE));
        clear.setId("cache-clear");
        limit.setId("cache-limit");
        clear.setOnAction(e -> confirmClear());
        limit.setOnAction(e -> askLimit());
        fill.setId("cache-fill");
        fill.setOnAction(e -> fill());
        menu.getItems().addAll(clear, limit, new SeparatorMenuItem(), fill);
        window.state.session.addListener((o, old, session) -> applyLimit(session));
    }

    Menu menu() {
        return menu;
    }

    /** The remembered limit, else the one the cache was made with; a cache over it is trimmed in the background. */
    private void applyLimit(WorkspaceSession session) {
        if (session != null) {
            HeatmapCache cache = session.heatmaps().cache();
            cache.limit(preferences.heatmapCacheLimit().orElse(cache.limit()));
        }
    }

    private Optional<HeatmapCache> cache() {
        return Optional.ofNullable(window.state.session.get()).map(s -> s.heatmaps().cache());
    }

    /**
     * Puts the cache's size and limit into the items' texts; called when the menu above opens, since
     * a text changed while its own menu shows makes JavaFX rebuild the menu under the pointer.
     */
    void refresh() {
        cache().ifPresentOrElse(cache -> {
            limit.setText("Size limit (" + describe(cache.limit()) + ")…");
            ProgressTask<HeatmapCache.Usage> work = monitor -> cache.usage();
            window.tasks.run("cache-usage", "Measuring the heatmap cache", work,
                    usage -> clear.setText("Clear (" + ByteSizes.format(usage.bytes()) + ")…"));
        }, () -> {
            clear.setText("Clear…");
            limit.setText("Size limit…");
        });
        clear.setDisable(cache().isEmpty());
        limit.setDisable(cache().isEmpty());
        fill.setDisable(cache().isEmpty() || window.state.scores.get() == null);
    }

    /**
     * Every image's x-feature maps of the module shown, at the layer chosen now, into the cache: the
     * concept view's gallery then reads them instead of computing them one by one. Cancellable
     * from the status bar; a later run skips what is cached.
     */
    private void fill() {
        XFeatureScores scores = window.state.scores.get();
        WorkspaceSession session = window.state.session.get();
        if (scores == null || session == null) {
            return;
        }
        ModuleInfo info = scores.module().info();
        String layer = window.imageView().heatmapControls().layer().get();
        int images = session.dataset().images().size();
        ProgressTask<Integer> work = session.heatmaps().allImages(scores.module(), layer, session.dataset());
        String what = "class " + info.classIndex() + " · " + session.className(info.classIndex()) + " (" + info.method()
                + ")";
        window.tasks.run("cache-fill", "Computing every image's maps of " + what, work, computed -> window.status()
                .notice("Every image's maps of " + what + " are cached: " + computed + " computed, " + (images - computed)
                        + " were cached"));
    }

    private void confirmClear() {
        cache().ifPresent(cache -> {
            ProgressTask<HeatmapCache.Usage> work = monitor -> cache.usage();
            window.tasks.run("cache-usage", "Measuring the heatmap cache", work, usage -> {
                if (ask(usage)) {
                    ProgressTask<HeatmapCache.Usage> clearing = monitor -> cache.clear();
                    window.tasks.run("cache-clear", "Clearing the heatmap cache", clearing,
                            removed -> window.status().notice("Cleared the heatmap cache: deleted " + removed));
                }
            });
        });
    }

    private boolean ask(HeatmapCache.Usage usage) {
        Alert alert = DialogKeys.closeAfterTheKey(new Alert(Alert.AlertType.CONFIRMATION, "", CLEAR,
                ButtonType.CANCEL));
        alert.initOwner(window.stage());
        alert.setTitle("Clear the heatmap cache");
        alert.setHeaderText("Delete " + usage + " of cached heatmaps?");
        alert.setContentText("They are computed again when next shown; names, votes and modules are kept.");
        alert.getDialogPane().setId("cache-clear-dialog");
        return alert.showAndWait().filter(CLEAR::equals).isPresent();
    }

    private void askLimit() {
        cache().ifPresent(cache -> {
            TextInputDialog dialog = DialogKeys.closeAfterTheKey(new TextInputDialog(cache.limit() == 0 ? "0"
                    : ByteSizes.format(cache.limit())));
            dialog.initOwner(window.stage());
            dialog.setTitle("Heatmap cache size limit");
            dialog.setHeaderText("The least recently used heatmaps are deleted when the cache grows past this size.");
            dialog.setContentText("Limit (e.g. 256M, 1G; 0 for none):");
            dialog.getDialogPane().setId("cache-limit-dialog");
            dialog.showAndWait().ifPresent(text -> setLimit(cache, text));
        });
    }

    private void setLimit(HeatmapCache cache, String text) {
        long bytes;
        try {
            bytes = ByteSizes.parse(text);
        } catch (IllegalArgumentException e) {
            window.status().error("Heatmap cache limit unchanged: " + e.getMessage());
            return;
        }
        preferences.heatmapCacheLimit(bytes);
        cache.limit(bytes);
        window.status().notice("Heatmap cache limit: " + describe(bytes));
    }

    private static String describe(long bytes) {
        return bytes == 0 ? "none" : ByteSizes.format(bytes);
    }
}
