package xspace.app;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the application on a workspace for a test, as a user with a given annotator name would,
 * with preferences in a throw-away node, and waits for background work.
 */
final class AppDriver {

    static final String ANNOTATOR = "tester";
    private final String node = "xspace/test-" + System.nanoTime();
    private XSpaceApp app;
    private Stage stage;
    private Path workspace;
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<Throwable> uncaught = new CopyOnWriteArrayList<>();
    private String annotator = ANNOTATOR;

    /** A user signed in as {@link #ANNOTATOR} (unless asked at the start), with the test's own preferences. */
    AppOptions options(Path folder) {
        this.workspace = folder;
        return AppOptions.interactive().withWorkspace(folder).withAnnotator(annotator).withPreferences(node);
    }

    /** The application will ask who is annotating when the workspace opens, as on a user's first start. */
    void askingWhoIsAnnotating() {
        annotator = null;
    }

    /** Called on the JavaFX thread: what its event handlers throw is kept for {@link #uncaught()}. */
    MainWindow start(Stage stage, Path workspace) {
        this.stage = stage;
        Thread.currentThread().setUncaughtExceptionHandler((thread, e) -> uncaught.add(e));
        app = new XSpaceApp(options(workspace));
        app.start(stage);
        return heard();
    }

    /** The window of the application just started, whose task failures {@link #errors()} keeps. */
    private MainWindow heard() {
        app.window().tasks.onError(errors::add);
        return app.window();
    }

    /** The failures the application's background tasks reported since it started, in order. */
    List<String> errors() {
        return List.copyOf(errors);
    }

    /** What the JavaFX thread's event handlers threw since the application started: a user saw nothing happen. */
    List<Throwable> uncaught() {
        return List.copyOf(uncaught);
    }

    /** Closes the application as a user would and starts it again, with the same preferences. */
    MainWindow restart() throws Exception {
        WaitForAsyncUtils.asyncFx(stage::hide).get();
        WaitForAsyncUtils.asyncFx(app::stop).get(); // where JavaFX calls it
        app = new XSpaceApp(options(workspace));
        WaitForAsyncUtils.asyncFx(() -> app.start(stage)).get();
        return heard();
    }

    /** Waits (up to a minute: module loading starts ND4J) until the module's scores are shown. */
    void awaitModule(MainWindow window) throws TimeoutException, InterruptedException {
        await(() -> window.state.scores.get() != null && window.state.annotator.get() != null
                && window.state.image.get() != null && window.tasks.running().isEmpty());
    }

    /**
     * Polls every 100 ms, up to a minute. Conditions may open the database: polling faster would
     * hold SQLite's lock so often that the application's own writes time out.
     */
    static void await(BooleanSupplier condition) throws TimeoutException, InterruptedException {
        await(condition, () -> "");
    }

    /** As {@link #await(BooleanSupplier)}; a timeout says what {@code state} reports then. */
    static void await(BooleanSupplier condition, Supplier<String> state)
            throws TimeoutException, InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new TimeoutException("condition not met within 60 s " + state.get() + workers());
            }
            Thread.sleep(100);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Where the application's own threads are, for a wait that timed out: one may be blocked. */
    private static String workers() {
        StringBuilder out = new StringBuilder("\nthreads of the application:");
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("xspace") || thread.getName().startsWith("JavaFX Application")) {
                out.append("\n  ").append(thread.getName()).append(" (").append(thread.getState()).append(')');
                for (int i = 0; i < Math.min(stack.length, 25); i++) {
                    out.append("\n    at ").append(stack[i]);
                }
            }
        });
        return out.toString();
    }

    /** The preferences node the application writes to in this test. */
    Preferences preferences() {
        return Preferences.userRoot().node(node);
    }

    void stop() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(stage::hide).get();
            WaitForAsyncUtils.asyncFx(app::stop).get(); // where JavaFX calls it
            // The stage outlives this test: its handler would write into the preferences removed below.
            WaitForAsyncUtils.asyncFx(() -> stage.setOnHidden(null)).get();
            // The views' thumbnail threads end with the window, not with the process.
            await(() -> Thread.getAllStackTraces().keySet().stream()
                    .noneMatch(t -> t.getName().equals("xspace-thumbnails")), () -> "(thumbnail threads left)");
        }
        Preferences.userRoot().node(node).removeNode();
    }
}
