package xspace.app;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.stage.DirectoryChooser;
import xspace.app.common.ViewSnapshot;
import xspace.attribution.Colormap;
import xspace.engine.ExportFolder;
import xspace.engine.PngFiles;
import xspace.engine.ProgressTask;
import xspace.explain.ModuleInfo;
import xspace.workspace.session.ClassReport;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;

/**
 * The view as a PNG and the HTML report of the current module. Both are written in the background
 * after their folder is checked, so that a folder that takes no files fails the same way for both,
 * in the failure dialog and the status bar, with the path and the reason in words.
 */
final class Exports {

    private final MainWindow window;

    Exports(MainWindow window) {
        this.window = window;
    }

    /** Asks for a folder and writes the report into a report-MODULE folder inside it. */
    void chooseReportFolder() {
        WorkspaceSession session = window.state.session.get();
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the HTML report (a report-MODULE folder is written inside)");
        if (Files.isDirectory(session.workspace().exportsDir())) {
            chooser.setInitialDirectory(session.workspace().exportsDir().toFile());
        }
        File dir = chooser.showDialog(window.stage());
        if (dir != null) {
            report(dir.toPath());
        }
    }

    /**
     * Writes the HTML report of the current module into {@code parent/report-MODULE} in the
     * background, with the heatmaps read at the layer and drawn in the colormap now chosen.
     */
    void report(Path parent) {
        XFeatureScores scores = window.state.scores.get();
        WorkspaceSession session = window.state.session.get();
        ModuleInfo info = scores.module().info();
        Path folder = parent.resolve("report-" + info.id());
        String layer = window.imageView().heatmapControls().layer().get();
        Colormap colormap = window.imageView().heatmapControls().colormap().get();
        ProgressTask<Path> work = monitor -> {
            ExportFolder.require(parent, folder);
            return ClassReport.write(session, scores.module(), layer, colormap, folder, monitor);
        };
        String what = "the report of class " + info.classIndex() + " · " + session.className(info.classIndex())
                + " (" + info.method() + ")";
        window.tasks.run("export-report", "Writing " + what, work, html -> window.status().notice("Wrote " + html));
    }

    /** Saves the view shown now: its pixels are taken at once, the file is written in the background. */
    void png(Path file) {
        BufferedImage pixels = ViewSnapshot.of(window.content(window.shown()));
        Path parent = file.toAbsolutePath().getParent();
        ProgressTask<Path> work = monitor -> {
            ExportFolder.require(parent, file);
            PngFiles.write(pixels, file);
            return file;
        };
        window.tasks.run("export-png", "Saving the view as " + file, work, saved -> window.status()
                .notice("Saved " + saved));
    }
}
