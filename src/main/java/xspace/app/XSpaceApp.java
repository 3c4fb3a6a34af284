package xspace.app;

import java.nio.file.Path;
import java.util.Optional;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import xspace.app.common.AppPreferences;
import xspace.workspace.Workspace;

/**
 * The desktop application. A workspace opens from the File menu, from the command line
 * ({@code --workspace=DIR} or a folder argument) or with {@code -Dxspace.workspace=DIR}; without
 * any, the last one used reopens, and on the very first start the bundled demo is installed and
 * opened. How it starts is an {@link AppOptions} record.
 */
public final class XSpaceApp extends Application {

    private static final double DECORATION_WIDTH = 16;
    private static final double DECORATION_HEIGHT = 80;
    private static final double MIN_WIDTH = 1024;
    private static final double MIN_HEIGHT = 640;

    private MainWindow window;
    /** Null when launched: then read from the command line in {@link #start}. */
    private AppOptions options;

    /** As launched by {@link #launchApp}: options from the command line. */
    public XSpaceApp() {
    }

    /** Started by a program that drives it (tests, documentation), with its own options. */
    public XSpaceApp(AppOptions options) {
        this.options = options;
    }

    public static void launchApp(String[] args) {
        Application.launch(XSpaceApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        if (options == null) {
            options = AppOptions.fromCommandLine(getParameters());
        }
        AppPreferences preferences = AppPreferences.user(options.preferences());
        AppPreferences.WindowLayout layout = preferences.layout();
        window = new MainWindow(stage, preferences, options);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Room for the window manager's title bar and borders: a window taller than the screen is
        // shrunk and moved by some window managers in ways that hide the x-feature panel.
        // Never smaller than the toolbar needs to show its labels whole, where the screen allows.
        Scene scene = new Scene(window, Math.min(Math.max(MIN_WIDTH, layout.width()), screen.getWidth()
                - DECORATION_WIDTH), Math.min(Math.max(MIN_HEIGHT, layout.height()), screen.getHeight()
                - DECORATION_HEIGHT));
        scene.getStylesheets().add(XSpaceApp.class.getResource("xspace.css").toExternalForm());
        stage.setTitle("XSpace");
        stage.setScene(scene);
        place(stage, layout);
        window.restore(layout);
        stage.setOnHidden(e -> preferences.layout(window.layout(layout)));
        // No minimum size on the stage (the window opens at least at the minimum above instead):
        // under some window managers (openbox) GTK applies the minimum as the window's size when
        // the limits arrive, whatever size it opened at.
        OwnedWindows.watch(stage);
        stage.show();
        WindowSizeGuard.keep(stage, scene.getWidth(), scene.getHeight(), stage.getX(), stage.getY());
        stage.requestFocus();
        workspaceToOpen(preferences).ifPresentOrElse(window::open, () -> {
            if (options.reopenLast()) {
                window.openDemo();
            }
        });
    }

    /** Back where it was, unless that place is on no screen any more (a monitor unplugged). */
    private static void place(Stage stage, AppPreferences.WindowLayout layout) {
        if (layout.placed() && !Screen.getScreensForRectangle(layout.x(), layout.y(), layout.width(),
                layout.height()).isEmpty()) {
            stage.setX(layout.x());
            stage.setY(layout.y());
        } else {
            stage.centerOnScreen();
        }
        stage.setMaximized(layout.maximized());
    }

    /** The window, for tests and the screenshot writer that drive the application. */
    MainWindow window() {
        return window;
    }

    private Optional<Path> workspaceToOpen(AppPreferences preferences) {
        if (options.workspace().isPresent() || !options.reopenLast()) {
            return options.workspace();
        }
        return preferences.lastWorkspace()
                .filter(p -> p.resolve(Workspace.DESCRIPTOR).toFile().isFile());
    }

    @Override
    public void stop() {
        if (window != null) {
            window.shutdown();
        }
    }
}
