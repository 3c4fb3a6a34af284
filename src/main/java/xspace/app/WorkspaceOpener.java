package xspace.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntConsumer;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.stage.Stage;
import xspace.app.common.AppPreferences;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;
import xspace.app.common.ProgressWindow;
import xspace.app.common.StatusBar;
import xspace.data.ProblemsLeftOut;
import xspace.engine.ProgressTask;
import xspace.workspace.DemoAssets;
import xspace.workspace.DemoInstaller;
import xspace.workspace.Workspace;
import xspace.workspace.WorkspaceCreation;
import xspace.workspace.session.WorkspaceSession;

/**
 * Opens, creates and installs workspaces in the background; a workspace that is ready replaces the
 * one shown, whose first explained class is then chosen and whose annotator is asked for.
 */
final class WorkspaceOpener {

    private final Stage stage;
    private final AppState state;
    private final BackgroundTasks tasks;
    private final StatusBar status;
    private final AppPreferences preferences;
    private final IntConsumer chooseClass;
    private final Runnable chooseAnnotator;

    WorkspaceOpener(Stage stage, AppState state, BackgroundTasks tasks, StatusBar status, AppPreferences preferences,
            IntConsumer chooseClass, Runnable chooseAnnotator) {
        this.stage = stage;
        this.state = state;
        this.tasks = tasks;
        this.status = status;
        this.preferences = preferences;
        this.chooseClass = chooseClass;
        this.chooseAnnotator = chooseAnnotator;
    }

    /** Creates a workspace in the background (training or importing its network if asked), then opens it. */
    void create(WorkspaceCreation.Request request) {
        ProgressTask<Path> work = monitor -> WorkspaceCreation.create(request, monitor).root();
        tasks.run("create", "Creating the workspace " + request.folder(), work, this::open);
    }

    /** Opens a workspace in the background; the previous one is closed once the new one is ready. */
    void open(Path root) {
        if (!Files.exists(root.resolve(Workspace.DESCRIPTOR))) {
            // A mistaken folder is a user's slip, not a failure: said in the status bar, nothing closed.
            status.error(root + " is not a workspace (it holds no " + Workspace.DESCRIPTOR
                    + "): open the folder that holds it, or create one with File › New workspace");
            return;
        }
        ProgressTask<WorkspaceSession> work = monitor -> WorkspaceSession.open(root, monitor);
        tasks.run("open", "Opening " + root, work, session -> show(root, session));
    }

    private void show(Path root, WorkspaceSession session) {
        WorkspaceSession previous = state.session.get();
        // The previous workspace's module must not meet the new network (Z sizes differ).
        state.scores.set(null);
        state.image.set(null);
        state.annotator.set(null);
        state.session.set(session);
        if (previous != null) {
            // After the writes given on it: a vote still queued must not meet a closed database.
            tasks.write("Closing " + previous.workspace().root(), monitor -> {
                previous.close();
                return null;
            }, () -> { });
        }
        preferences.addRecent(root);
        stage.setTitle("XSpace — " + root.toAbsolutePath().normalize());
        String leftOut = ProblemsLeftOut.brief(session.dataset()).map(problems -> ", " + problems).orElse("");
        status.notice("Opened " + root + ": " + session.dataset().images().size() + " images" + leftOut + ", "
                + session.modules().allClasses().size() + " explained classes; "
                + AccuracyLabel.sentence(session.predictions().testAccuracy()));
        session.modules().allClasses().stream().findFirst().ifPresentOrElse(chooseClass::accept,
                () -> status.notice("This workspace has no explanation modules yet: run 'xspace explain train'"));
        // Asked once the window shows the workspace, rather than over a half-built one.
        Platform.runLater(chooseAnnotator);
    }

    /**
     * Opens the bundled demo, installing it first (synthetic birds regenerated from the recipe,
     * features extracted) in the background with progress when this is the first time.
     */
    void openDemo() {
        DemoAssets assets = DemoAssets.locate();
        if (!assets.exists()) {
            status.notice("No demo assets at " + assets.root() + " (build them with xspace demo build)");
            return;
        }
        Path target = DemoInstaller.userDataFolder().resolve("demo");
        ProgressTask<Path> work = monitor -> DemoInstaller.install(assets, target, true, monitor).root();
        String title = "Preparing the demo workspace in " + target;
        Task<Path> task = tasks.run("open", title, work, this::open);
        if (!DemoInstaller.isInstalled(target)) {
            ProgressWindow.follow(stage, title, task);
        }
    }
}
