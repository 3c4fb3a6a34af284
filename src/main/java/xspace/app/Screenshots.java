package xspace.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;

/**
 * Writes screenshots of the image view, the concept view, the metrics view and the class overview of a workspace,
 * as the documentation shows them: {@code java -cp xspace.jar xspace.app.Screenshots WORKSPACE
 * OUT_DIR [CLASS_INDEX [IMAGE_POSITION]]}. Needs a display (e.g. {@code xvfb-run}) or
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless} with Monocle on the class path. It
 * signs in no annotator, so the workspace database is only read.
 */
public final class Screenshots {

    private static final long TIMEOUT_S = 300;
    private MainWindow window;

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Screenshots WORKSPACE OUT_DIR [CLASS_INDEX [IMAGE_POSITION]]");
            System.exit(2);
        }
        System.setProperty("xspace.prefs", "xspace/screenshots");
        System.setProperty("xspace.annotator", "");
        Path out = Files.createDirectories(Path.of(args[1]));
        Integer classIndex = args.length > 2 ? Integer.valueOf(args[2]) : null;
        int position = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        Platform.startup(() -> { });
        try {
            new Screenshots().write(Path.of(args[0]), out, classIndex, position);
        } finally {
            Platform.exit();
        }
        System.exit(0);
    }

    private void write(Path workspace, Path out, Integer classIndex, int position) throws Exception {
        System.setProperty("xspace.workspace", workspace.toString());
        onFx(() -> {
            XSpaceApp app = new XSpaceApp();
            app.start(new Stage());
            window = app.window();
            return null;
        });
        awaitIdle(() -> window.state.scores.get() != null && window.state.image.get() != null);
        if (classIndex != null) {
            onFx(() -> window.chooseClass(classIndex));
            awaitIdle(() -> window.state.scores.get() != null
                    && window.state.scores.get().module().info().classIndex() == classIndex);
        }
        onFx(() -> {
            var list = window.imageView().browser().list();
            list.getSelectionModel().select(Math.min(position, list.getItems().size() - 1));
            window.stage().getScene().getRoot().lookupAll(".annotated-image .check-box")
                    .forEach(n -> ((CheckBox) n).setSelected(true));
            return null;
        });
        awaitIdle(() -> true);
        snapshot(out.resolve("image-view.png"));
        onFx(() -> {
            window.tabs().getSelectionModel().select(1);
            return null;
        });
        awaitIdle(() -> window.conceptView().gallery().cellsDrawn());
        snapshot(out.resolve("concept-view.png"));
        onFx(() -> {
            window.tabs().getSelectionModel().select(2);
            return null;
        });
        awaitIdle(() -> true);
        Thread.sleep(1000); // charts animate their first layout
        snapshot(out.resolve("metrics-view.png"));
        onFx(() -> {
            window.tabs().getSelectionModel().select(3);
            ((ClassOverview) window.tabs().getTabs().get(3).getContent()).compute();
            return null;
        });
        awaitIdle(() -> true);
        snapshot(out.resolve("class-overview.png"));
        onFx(() -> {
            window.stage().close();
            window.shutdown();
            return null;
        });
    }

    private void snapshot(Path file) throws Exception {
        onFx(() -> {
            Exports.png(window.stage().getScene().getRoot(), file);
            return null;
        });
        System.out.println("wrote " + file);
    }

    /** Waits until the condition holds on the FX thread and no background work runs (twice in a row). */
    private void awaitIdle(Callable<Boolean> condition) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_S);
        int quiet = 0;
        while (quiet < 2) {
            if (System.nanoTime() > end) {
                throw new TimeoutException("the application did not settle within " + TIMEOUT_S + " s");
            }
            Thread.sleep(500);
            boolean ready = onFx(() -> condition.call() && window.tasks.running().isEmpty());
            quiet = ready ? quiet + 1 : 0;
        }
    }

    private static <T> T onFx(Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(TIMEOUT_S, TimeUnit.SECONDS);
    }
}
