package xspace.app;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.CheckBox;
import xspace.app.common.ViewSnapshot;
import xspace.app.overview.ClassOverview;

/**
 * Writes screenshots of the image view, the concept view, the metrics view and the class overview of a workspace,
 * as the documentation shows them: {@code java -cp xspace.jar xspace.app.Screenshots WORKSPACE
 * OUT_DIR [CLASS_INDEX [IMAGE_POSITION]]}. Needs a display (e.g. {@code xvfb-run}) or
 * {@code -Dglass.platform=Monocle -Dmonocle.platform=Headless} with Monocle on the class path. It
 * signs in no annotator, so the workspace database is only read.
 */
public final class Screenshots {

    private final AppAutomation app = new AppAutomation(300, "xspace/screenshots");
    private MainWindow window;

    private Screenshots() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Screenshots WORKSPACE OUT_DIR [CLASS_INDEX [IMAGE_POSITION]]");
            System.exit(2);
        }
        // as xspace.Main does, so that the status bar shows the application's own backend
        xspace.engine.NativeMemory.limitByDefault();
        xspace.engine.BackendSelection.select();
        xspace.Main.drawWithoutAwtWindows();
        xspace.engine.NativeBackendStart.beforeOtherThreads();
        Path out = Files.createDirectories(Path.of(args[1]));
        Integer classIndex = args.length > 2 ? Integer.valueOf(args[2]) : null;
        int position = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        AppAutomation.runProgram(
                () -> new Screenshots().write(Path.of(args[0]), out, classIndex, position));
    }

    private void write(Path workspace, Path out, Integer classIndex, int position) throws Exception {
        window = app.start(workspace);
        if (Boolean.getBoolean("screenshots.maximized")) {
            app.onFx(() -> {
                window.stage().setMaximized(true);
                return null;
            });
        }
        if (classIndex != null) {
            app.showClass(classIndex);
        }
        // The window reopens on the view it was closed on; these shots start from the image view.
        selectView(0);
        app.onFx(() -> {
            var list = window.imageView().browser().table();
            list.getSelectionModel().select(Math.min(position, list.getItems().size() - 1));
            window.stage().getScene().getRoot().lookupAll(".annotated-image .check-box")
                    .forEach(n -> ((CheckBox) n).setSelected(true));
            return null;
        });
        app.awaitIdle(() -> true);
        snapshot(out.resolve("image-view.png"));
        selectView(1);
        app.awaitIdle(() -> window.conceptView().gallery().cellsDrawn());
        snapshot(out.resolve("concept-view.png"));
        selectView(2);
        app.awaitIdle(() -> true);
        Thread.sleep(1000); // charts animate their first layout
        snapshot(out.resolve("metrics-view.png"));
        ClassOverview overview = window.classOverview();
        app.onFx(() -> {
            window.show(View.OVERVIEW);
            overview.compute();
            return null;
        });
        app.awaitIdle(overview::imagesDrawn);
        snapshot(out.resolve("class-overview.png"));
        app.close();
    }

    private void selectView(int index) throws Exception {
        app.onFx(() -> {
            window.show(View.values()[index]);
            return null;
        });
    }

    private void snapshot(Path file) throws Exception {
        app.onFx(() -> {
            ViewSnapshot.png(window.stage().getScene().getRoot(), file);
            return null;
        });
        System.out.println("wrote " + file);
    }
}
