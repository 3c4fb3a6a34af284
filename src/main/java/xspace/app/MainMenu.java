package xspace.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import xspace.engine.ProgressTask;
import xspace.workspace.session.VotesCsv;
import xspace.workspace.session.WorkspaceSession;
import xspace.app.common.AppPreferences;
import xspace.app.common.Icons;
import xspace.app.common.ViewSnapshot;

/** The menu bar: workspaces, exports, the annotator, the views. */
final class MainMenu {

    /** What the New workspace form was last given, in this session. */
    private xspace.workspace.WorkspaceCreation.Request lastRequest;
    private final MainWindow window;
    private final AppPreferences preferences;
    private final Menu recent = new Menu("Open recent");

    MainMenu(MainWindow window, AppPreferences preferences) {
        this.window = window;
        this.preferences = preferences;
    }

    MenuBar bar() {
        MenuBar bar = new MenuBar(file(), annotator(), view(), new HelpMenu(window.stage(), window.tasks).menu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file() {
        MenuItem open = item("Open workspace…", "Shortcut+O", () -> chooseWorkspace());
        MenuItem create = item("New workspace…", "Shortcut+N", this::newWorkspace);
        create.setGraphic(Icons.of(MaterialDesignF.FOLDER_PLUS));
        MenuItem demo = item("Open the demo workspace", null, window::openDemo);
        open.setGraphic(Icons.of(MaterialDesignF.FOLDER_OPEN));
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        MenuItem bundle = item("Export names and votes (bundle)…", null, this::exportBundle);
        bundle.setGraphic(Icons.of(MaterialDesignE.EXPORT));
        MenuItem csv = item("Export names and votes (CSV)…", null, this::exportCsv);
        csv.setGraphic(Icons.of(MaterialDesignF.FILE_DELIMITED));
        MenuItem report = item("Export HTML report of this class…", "Shortcut+R", this::exportReport);
        report.setGraphic(Icons.of(MaterialDesignF.FILE_DOCUMENT_OUTLINE));
        MenuItem png = item("Export view as PNG…", "Shortcut+P", this::exportPng);
        png.setGraphic(Icons.of(MaterialDesignC.CAMERA));
        MenuItem quit = item("Quit", "Shortcut+Q", () -> window.stage().close());
        CacheMenu cache = new CacheMenu(window, preferences);
        Menu file = new Menu("File", null, create, open, recent, demo, new SeparatorMenuItem(), bundle, csv, report, png,
                new SeparatorMenuItem(), cache.menu(), new SeparatorMenuItem(), quit);
        file.setOnShowing(e -> cache.refresh());
        return file;
    }

    private Menu annotator() {
        MenuItem change = item("Switch annotator…", null, () -> window.chooseAnnotator(true));
        change.setGraphic(Icons.of(MaterialDesignA.ACCOUNT_SWITCH));
        return new Menu("Annotator", null, change);
    }

    private Menu view() {
        String[] names = {"Image view", "Concept view", "Metrics", "Class overview"};
        Menu menu = new Menu("View");
        for (int i = 0; i < names.length; i++) {
            int index = i;
            menu.getItems().add(item(names[i], "Shortcut+" + (i + 1), () -> window.tabs().getSelectionModel()
                    .select(index)));
        }
        return menu;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path path : preferences.recentWorkspaces()) {
            recent.getItems().add(item(path.toString(), null, () -> window.open(path)));
        }
        recent.setDisable(recent.getItems().isEmpty());
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
        Path file = save("Export names and votes", "xspace-votes.zip", "Sharing bundle", "*.zip");
        if (session != null && file != null) {
            ProgressTask<String> work = m -> "Exported " + session.exportBundle(file);
            window.tasks.run("export", "Exporting to " + file, work, window.status()::notice);
        }
    }

    private void exportCsv() {
        WorkspaceSession session = window.state.session.get();
        Path file = save("Export names and votes as CSV", "xspace-features.csv", "CSV", "*.csv");
        if (session != null && file != null) {
            ProgressTask<String> work = m -> "Exported " + VotesCsv.write(session.database(), file)
                    + " x-features to " + file;
            window.tasks.run("export", "Exporting to " + file, work, window.status()::notice);
        }
    }

    private void exportReport() {
        WorkspaceSession session = window.state.session.get();
        if (session == null) {
            window.status().error("Open a workspace first");
            return;
        }
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the HTML report (a report-MODULE folder is written inside)");
        if (Files.isDirectory(session.workspace().exportsDir())) {
            chooser.setInitialDirectory(session.workspace().exportsDir().toFile());
        }
        File dir = chooser.showDialog(window.stage());
        if (dir != null) {
            window.exportClassReport(dir.toPath());
        }
    }

    private void exportPng() {
        Path file = save("Export the view as PNG", "xspace-view.png", "PNG image", "*.png");
        if (file != null) {
            try {
                ViewSnapshot.png(window.tabs().getSelectionModel().getSelectedItem().getContent(), file);
                window.status().notice("Saved " + file);
            } catch (java.io.IOException e) {
                window.status().error("Could not save " + file + ": " + e.getMessage());
            }
        }
    }

    private Path save(String title, String name, String description, String pattern) {
        WorkspaceSession session = window.state.session.get();
        if (session == null) {
            window.status().error("Open a workspace first");
            return null;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(description, pattern));
        if (Files.isDirectory(session.workspace().exportsDir())) {
            chooser.setInitialDirectory(session.workspace().exportsDir().toFile());
        }
        File file = chooser.showSaveDialog(window.stage());
        return file == null ? null : file.toPath();
    }

    /** The form, filled with what was typed the last time, so that a creation that failed is easy to retry. */
    private void newWorkspace() {
        new NewWorkspaceDialog(window.stage(), lastRequest).showAndWait().ifPresent(request -> {
            lastRequest = request;
            window.create(request);
        });
    }

    private static MenuItem item(String text, String accelerator, Runnable action) {
        MenuItem item = new MenuItem(text);
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
