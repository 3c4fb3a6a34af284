package xspace.app;

import java.util.Arrays;
import java.util.Optional;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/** The main window's views, in tab order; Ctrl+1 … Ctrl+4 show them. */
public enum View {
    IMAGE("Image view", "image-view-tab", MaterialDesignI.IMAGE),
    CONCEPT("Concept view", "concept-view-tab", MaterialDesignI.IMAGE_MULTIPLE),
    METRICS("Metrics", "metrics-view-tab", MaterialDesignC.CHART_LINE),
    OVERVIEW("Class overview", "class-overview-tab", MaterialDesignT.TABLE);

    private final String title;
    private final String id;
    private final Ikon icon;

    View(String title, String id, Ikon icon) {
        this.title = title;
        this.id = id;
        this.icon = icon;
    }

    public String title() {
        return title;
    }

    /** The tab's node id, also what the preferences remember. */
    public String id() {
        return id;
    }

    public Ikon icon() {
        return icon;
    }

    public KeyCombination accelerator() {
        return KeyCombination.keyCombination("Shortcut+" + (ordinal() + 1));
    }

    public static Optional<View> ofId(String id) {
        return Arrays.stream(values()).filter(v -> v.id.equals(id)).findFirst();
    }
}
