package xspace.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanExpression;
import javafx.event.ActionEvent;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.controlsfx.control.action.Action;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import xspace.app.common.AppPreferences;
import xspace.app.common.AppState;
import xspace.engine.ChosenFileName;
import xspace.engine.ProgressTask;
import xspace.workspace.WorkspaceCreation;
import xspace.workspace.session.VotesCsv;
import xspace.workspace.session.WorkspaceSession;

/**
 * What the user can do from the menus and their shortcuts, each an action whose enabled state
 * follows the application's state: workspace actions are disabled while no workspace is open, the
 * report while no module is shown. Menus are built from these; tests fire them.
 */
public final class AppActions {

    public final Action newWorkspace;
    public final Action openWorkspace;
    public final Action openDemo;
    public final Action exportBundle;
    public final Action exportCsv;
    public final Action exportReport;
    public final Action exportPng;
    public final Action switchAnnotator;
    public final Action signOut;
    public final Action quit;
    /** The key of an action's icon: each menu item or button draws its own node of it. */
    static final String ICON = "xspace.icon";
    private final Map<View, Action> views = new EnumMap<>(View.class);
    private final MainWindow window;
    private final AppPreferences preferences;
    private final Exports exports;
    /** What the New workspace form was last given, in this session, so that a failed creation is easy to retry. */
    private WorkspaceCreation.Request lastRequest;

    AppActions(MainWindow window, AppPreferences preferences) {
        this.window = window;
        this.preferences = preferences;
        this.exports = new Exports(window);
        AppState state = window.state;
        BooleanExpression noWorkspace = state.session.isNull();
        newWorkspace = action("New workspace…", "Shortcut+N", MaterialDesignF.FOLDER_PLUS, e -> newWorkspace());
        openWorkspace = action("Open workspace…", "Shortcut+O", MaterialDesignF.FOLDER_OPEN, e -> chooseWorkspace());
        openDemo = action("Open the demo workspace", null, null, e -> window.openDemo());
        exportBundle = action("Export names and votes (bundle)…", null, MaterialDesignE.EXPORT, e -> exportBundle());
        exportCsv = action("Export names and votes (CSV)…", null, MaterialDesignF.FILE_DELIMITED, e -> exportCsv());
        exportReport = action("Export HTML report of this class…", "Shortcut+R", MaterialDesignF.FILE_DOCUMENT_OUTLINE,
                e -> exports.chooseReportFolder());
        exportPng = action("Export view as PNG…", "Shortcut+P", MaterialDesignC.CAMERA, e -> exportPng());
        switchAnnotator = action("Switch annotator…", null, MaterialDesignA.ACCOUNT_SWITCH,
                e -> window.chooseAnnotator(true));
        signOut = action("Sign out", null, MaterialDesignL.LOGOUT, e -> window.signOut());
        signOut.disabledProperty().bind(state.annotator.isNull());
        quit = action("Quit", "Shortcut+Q", null, e -> window.stage().close());
        exportBundle.disabledProperty().bind(noWorkspace);
        exportCsv.disabledProperty().bind(noWorkspace);
        exportPng.disabledProperty().bind(noWorkspace);
        switchAnnotator.disabledProperty().bind(noWorkspace);
        switchAnnotator.textProperty().bind(Bindings.when(state.annotator.isNull())
                .then("Sign in…").otherwise("Switch annotator…"));
        exportReport.disabledProperty().bind(state.scores.isNull());
        for (View view : View.values()) {
            Action show = new Action(view.title(), e -> window.show(view));
            show.setAccelerator(view.accelerator());
            show.getProperties().put(ICON, view.icon());
            views.put(view, show);
        }
    }

    Exports exports() {
        return exports;
    }

    /** The action that shows a view. */
    public Action show(View view) {
        return views.get(view);
    }

    void openRecent(Path folder) {
        window.open(folder);
    }

    private static Action action(String text, String accelerator, Ikon icon, Consumer<ActionEvent> handler) {
        Action action = new Action(text, handler);
        if (accelerator != null) {
            action.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        if (icon != null) {
            action.getProperties().put(ICON, icon);
        }
        return action;
    }

    private void newWorkspace() {
        new NewWorkspaceDialog(window.stage(), lastRequest).showAndWait().ifPresent(request -> {
            lastRequest = request;
            window.create(request);
        });
    }

    private void chooseWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Open workspace (the folder with workspace.json)");
        preferences.lastWorkspace().map(Path::getParent).filter(Files::isDirectory)
                .ifPresent(p -> chooser.setInitialDirectory(p.toFile()));
        File dir = chooser.showDialog(window.stage());
        if (dir != null) {
            window.open(dir.toPath());
        }
    }

    private void exportBundle() {
        WorkspaceSession session = window.state.session.get();
        Path file = save(session, "Export names and votes", "xspace-votes.zip", "Sharing bundle", "*.zip");
        if (file != null) {
            ProgressTask<String> work = m -> "Exported " + session.exportBundle(file);
            window.tasks.run("export", "Exporting to " + file, work, window.status()::notice);
        }
    }

    private void exportCsv() {
        WorkspaceSession session = window.state.session.get();
        Path file = save(session, "Export names and votes as CSV", "xspace-features.csv", "CSV", "*.csv");
        if (file != null) {
            ProgressTask<String> work = m -> "Exported " + VotesCsv.write(session.database(), file)
                    + " x-features to " + file;
            window.tasks.run("export", "Exporting to " + file, work, window.status()::notice);
        }
    }

    private void exportPng() {
        Path file = save(window.state.session.get(), "Export the view as PNG", "xspace-view.png", "PNG image",
                "*.png");
        if (file != null) {
            exports.png(file);
        }
    }

    private Path save(WorkspaceSession session, String title, String name, String description, String pattern) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        if (Files.isDirectory(session.workspace().exportsDir())) {
            chooser.setInitialDirectory(session.workspace().exportsDir().toFile());
        }
        File file = chooser.showSaveDialog(window.stage());
        return file == null ? null : ChosenFileName.withExtension(file.toPath(), pattern.substring(1));
    }
}
