package xspace.app.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the application remembers between runs (java.util.prefs): recent workspaces, the window
 * size, the annotator, the layer heatmaps are read at, the image table's hidden columns and the heatmap
 * cache's limit. The node is one of the application's options, so that tests and screenshot runs
 * leave a user's settings alone.
 */
public final class AppPreferences {

    private static final Logger LOG = LoggerFactory.getLogger(AppPreferences.class);

    private static final int RECENT_LIMIT = 8;
    private final Preferences node;

    AppPreferences(Preferences node) {
        this.node = node;
    }

    /** The user's preferences under the node given (tests and documentation programs use their own). */
    public static AppPreferences user(String node) {
        return new AppPreferences(Preferences.userRoot().node(node));
    }

    /** Most recent first, without duplicates. */
    public List<Path> recentWorkspaces() {
        String text = node.get("recent", "");
        return text.isEmpty() ? List.of() : Arrays.stream(text.split("\n")).map(Path::of).toList();
    }

    public void addRecent(Path workspace) {
        List<Path> recent = new ArrayList<>(recentWorkspaces());
        Path normal = workspace.toAbsolutePath().normalize();
        recent.remove(normal);
        recent.add(0, normal);
        node.put("recent", String.join("\n", recent.subList(0, Math.min(RECENT_LIMIT, recent.size())).stream()
                .map(Path::toString).toList()));
        flush();
    }

    public Optional<Path> lastWorkspace() {
        return recentWorkspaces().stream().findFirst();
    }

    /**
     * Where the window was and what it showed when it was last closed.
     *
     * @param x           left edge on the screen (NaN: let the system place it)
     * @param y           top edge on the screen (NaN: let the system place it)
     * @param view        the selected view's id
     * @param browserSplit the image view's divider between the image browser and the explanation
     */
    public record WindowLayout(double x, double y, double width, double height, boolean maximized, String view,
            double browserSplit) {

        public static final WindowLayout DEFAULT = new WindowLayout(Double.NaN, Double.NaN, 1280, 800, false, "", 0.3);

        public boolean placed() {
            return !Double.isNaN(x) && !Double.isNaN(y);
        }
    }

    public WindowLayout layout() {
        WindowLayout d = WindowLayout.DEFAULT;
        return new WindowLayout(node.getDouble("x", d.x()), node.getDouble("y", d.y()), node.getDouble("width", d.width()),
                node.getDouble("height", d.height()), node.getBoolean("maximized", d.maximized()),
                node.get("view", d.view()), node.getDouble("browserSplit", d.browserSplit()));
    }

    public void layout(WindowLayout layout) {
        node.putDouble("x", layout.x());
        node.putDouble("y", layout.y());
        node.putDouble("width", layout.width());
        node.putDouble("height", layout.height());
        node.putBoolean("maximized", layout.maximized());
        node.put("view", layout.view());
        node.putDouble("browserSplit", layout.browserSplit());
        flush();
    }

    public Optional<String> annotator() {
        return Optional.ofNullable(node.get("annotator", null));
    }

    public void annotator(String name) {
        node.put("annotator", name);
        flush();
    }

    /** Signed out: the next start asks who is annotating rather than signing the last one in. */
    public void forgetAnnotator() {
        node.remove("annotator");
        flush();
    }

    /** The heatmap layer last chosen; a name the open network lacks falls back to its default. */
    Optional<String> heatmapLayer() {
        return Optional.ofNullable(node.get("heatmapLayer", null));
    }

    void heatmapLayer(String layer) {
        node.put("heatmapLayer", layer);
        flush();
    }

    /** The ids of the image table's columns a user has hidden; empty until any column is shown or hidden. */
    public Optional<Set<String>> hiddenBrowserColumns() {
        String text = node.get("browserHiddenColumns", null);
        return text == null ? Optional.empty()
                : Optional.of(Arrays.stream(text.split(",")).filter(id -> !id.isEmpty()).collect(Collectors.toSet()));
    }

    public void hiddenBrowserColumns(Set<String> ids) {
        node.put("browserHiddenColumns", String.join(",", ids));
        flush();
    }

    /** The heatmap cache's size limit in bytes (0: none), once chosen in the application. */
    public Optional<Long> heatmapCacheLimit() {
        long bytes = node.getLong("heatmapCacheLimit", -1);
        return bytes < 0 ? Optional.empty() : Optional.of(bytes);
    }

    public void heatmapCacheLimit(long bytes) {
        node.putLong("heatmapCacheLimit", bytes);
        flush();
    }

    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // Preferences are a convenience: the app works the same when they cannot be stored.
            LOG.warn("preferences not stored: {}", e.toString());
        }
    }
}
