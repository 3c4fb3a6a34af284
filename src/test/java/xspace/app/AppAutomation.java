package xspace.app;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Drives the real application from outside the FX thread, for the programs that document it
 * (screenshots, the gallery benchmark): starts it on a workspace, runs actions on the FX thread
 * and waits until it settles.
 */
final class AppAutomation {

    /** Work that drives the application and may fail. */
    interface Run {
        void run() throws Exception;
    }

    private final long timeoutSeconds;
    private final String preferences;
    private MainWindow window;

    /** With preferences of the program's own, so that a user's settings are left alone. */
    AppAutomation(long timeoutSeconds, String preferences) {
        this.timeoutSeconds = timeoutSeconds;
        this.preferences = preferences;
    }

    /** Opens the workspace and waits until the first explained image is shown. */
    MainWindow start(Path workspace) throws Exception {
        AppOptions options = AppOptions.interactive().withWorkspace(workspace).withPreferences(preferences)
                .browsingOnly();
        window = onFx(() -> {
            XSpaceApp app = new XSpaceApp(options);
            app.start(new Stage());
            return app.window();
        });
        awaitIdle(() -> window.state.scores.get() != null && window.state.image.get() != null);
        return window;
    }

    /** Runs a documenting program on a started FX toolkit, then exits the JVM. */
    static void runProgram(Run work) throws Exception {
        Platform.startup(() -> { });
        try {
            work.run();
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    /** Explains the class and waits until its module's scores are shown. */
    void showClass(int classIndex) throws Exception {
        onFx(() -> {
            window.chooseClass(classIndex);
            return null;
        });
        awaitIdle(() -> window.state.scores.get() != null
                && window.state.scores.get().module().info().classIndex() == classIndex);
    }

    /** Waits until the condition holds on the FX thread and no background work runs (twice in a row). */
    void awaitIdle(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(timeoutSeconds);
        int quiet = 0;
        while (quiet < 2) {
            if (System.nanoTime() > end) {
                throw new TimeoutException("the application did not settle within " + timeoutSeconds + " s");
            }
            Thread.sleep(100);
            boolean ready = onFx(() -> condition.call() && window.tasks.running().isEmpty());
            quiet = ready ? quiet + 1 : 0;
        }
    }

    <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(timeoutSeconds, TimeUnit.SECONDS);
    }

    void close() throws Exception {
        onFx(() -> {
            window.stage().close();
            window.shutdown();
            return null;
        });
    }
}
