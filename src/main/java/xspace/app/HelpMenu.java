package xspace.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.StackPane;
import javafx.stage.Modality;
import javafx.stage.Window;
import javafx.util.Duration;
import xspace.app.common.BackgroundTasks;
import xspace.app.common.DialogKeys;
import xspace.app.help.GuidePane;
import xspace.engine.BackendReport;
import xspace.gpu.GpuExecutors;
import xspace.engine.ProgressTask;

/** Help: the user guide, the keyboard sheet, and what is running (version, compute backend). */
final class HelpMenu {

    private static final String GUIDE = "help/user-guide.md";

    private final Window owner;
    private final BackgroundTasks tasks;

    HelpMenu(Window owner, BackgroundTasks tasks) {
        this.owner = owner;
        this.tasks = tasks;
    }

    Menu menu() {
        MenuItem guide = new MenuItem("User guide");
        guide.setId("help-guide");
        guide.setOnAction(e -> show("XSpace user guide", guide(), 1000, 900));
        guide.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem keys = new MenuItem("Keyboard shortcuts");
        keys.setId("help-keys");
        keys.setOnAction(e -> show("Keyboard shortcuts", section(guide(), "## Keyboard"), 820, 560));
        MenuItem about = new MenuItem("About XSpace");
        about.setId("help-about");
        about.setOnAction(e -> about());
        return new Menu("Help", null, guide, keys, about);
    }

    /** The guide bundled in the jar (docs/user-guide.md). */
    static String guide() {
        try (InputStream in = HelpMenu.class.getResourceAsStream(GUIDE)) {
            return in == null ? "The user guide is not in this build: see docs/user-guide.md."
                    : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "The user guide could not be read: " + e.getMessage();
        }
    }

    /** From a level-two heading to the next one. */
    static String section(String markdown, String heading) {
        int start = markdown.indexOf(heading);
        if (start < 0) {
            return markdown;
        }
        int end = markdown.indexOf("\n## ", start + heading.length());
        return markdown.substring(start, end < 0 ? markdown.length() : end).strip();
    }

    static String version() {
        String version = HelpMenu.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    private void about() {
        ProgressTask<String> backend = monitor -> BackendReport.current() + "\nInference and heatmaps: "
                + GpuExecutors.status();
        tasks.run("about", "Reading the compute backend", backend, report -> {
            Alert alert = DialogKeys.closeAfterTheKey(new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE));
            alert.initOwner(owner);
            alert.setTitle("About XSpace");
            alert.setHeaderText("XSpace " + version());
            alert.getDialogPane().setId("about-dialog");
            alert.setContentText("Explains what a trained image classifier has learned: explanation modules (SRAE, NN,"
                    + " SAE), x-feature heatmaps by contrastive Excitation Backprop, the paper's measures, and"
                    + " experts' names and trust votes.\n\nCompute backend: " + report + "\nJava "
                    + System.getProperty("java.version") + ", JavaFX " + System.getProperty("javafx.version"));
            alert.show();
        });
    }

    /**
     * The Markdown rendered (headings, tables, lists, code), in a window that leaves the main one
     * usable. The window opens at once with a line saying the page is being laid out: the whole
     * guide takes a few seconds of the JavaFX thread on a small machine, which showed a blank window.
     */
    private void show(String title, String markdown, double width, double height) {
        // Never taller or wider than the screen (a 720-pixel one cut the guide off).
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        double shownWidth = Math.min(width, screen.getWidth() - 80);
        double shownHeight = Math.min(height, screen.getHeight() - 160);
        Label opening = new Label("Opening " + title + "…");
        StackPane placeholder = new StackPane(opening);
        placeholder.setPrefSize(shownWidth, shownHeight);
        Alert alert = DialogKeys.closeAfterTheKey(new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE));
        alert.initOwner(owner);
        alert.initModality(Modality.NONE);
        alert.setTitle(title);
        alert.setResizable(true);
        alert.getDialogPane().setContent(placeholder);
        alert.show();
        // Openbox maps a new window through 200 × 200 and may leave it so, as with the main window.
        javafx.scene.Scene scene = alert.getDialogPane().getScene();
        WindowSizeGuard.keep((javafx.stage.Stage) scene.getWindow(), scene.getWidth(), scene.getHeight(), Double.NaN,
                Double.NaN);
        afterNextFrame(scene, () -> {
            GuidePane guide = new GuidePane(markdown);
            guide.setPrefSize(shownWidth, shownHeight);
            alert.getDialogPane().setContent(guide);
            alert.getDialogPane().setId("help-text");
            guide.focusPage();
        });
    }

    /**
     * Runs {@code action} once the window shows what it holds now. Under GTK the window is mapped and
     * painted through events the JavaFX thread handles, so the work waits for a frame and a moment.
     */
    private static void afterNextFrame(javafx.scene.Scene scene, Runnable action) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            PauseTransition moment = new PauseTransition(Duration.millis(150));
            moment.setOnFinished(e -> action.run());
            moment.play();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
