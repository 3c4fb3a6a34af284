package xspace.app;

import java.nio.file.Path;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import org.controlsfx.control.action.Action;
import org.controlsfx.control.action.ActionUtils;
import org.kordamp.ikonli.Ikon;
import xspace.app.common.AppPreferences;
import xspace.app.common.Icons;

/** The menu bar, built from the application's actions: workspaces and exports, the annotator, the views, help. */
final class MainMenu {

    private final AppActions actions;
    private final AppPreferences preferences;
    private final Menu recent = new Menu("Open recent");

    MainMenu(AppActions actions, AppPreferences preferences) {
        this.actions = actions;
        this.preferences = preferences;
    }

    MenuBar bar(CacheMenu cache, HelpMenu help) {
        MenuBar bar = new MenuBar(file(cache), annotator(), view(), help.menu());
        bar.setId("menu-bar");
        return bar;
    }

    private Menu file(CacheMenu cache) {
        recent.setOnShowing(e -> fillRecent());
        fillRecent();
        Menu file = new Menu("File", null, item(actions.newWorkspace), item(actions.openWorkspace), recent,
                item(actions.openDemo), new SeparatorMenuItem(), item(actions.exportBundle), item(actions.exportCsv),
                item(actions.exportReport), item(actions.exportPng), new SeparatorMenuItem(), cache.menu(),
                new SeparatorMenuItem(), item(actions.quit));
        file.setOnShowing(e -> cache.refresh());
        return file;
    }

    private Menu annotator() {
        return new Menu("Annotator", null, item(actions.switchAnnotator), item(actions.signOut));
    }

    private Menu view() {
        Menu menu = new Menu("View");
        for (View view : View.values()) {
            menu.getItems().add(item(actions.show(view)));
        }
        return menu;
    }

    private void fillRecent() {
        recent.getItems().clear();
        for (Path path : preferences.recentWorkspaces()) {
            MenuItem item = new MenuItem(path.toString());
            item.setOnAction(e -> actions.openRecent(path));
            recent.getItems().add(item);
        }
        recent.setDisable(recent.getItems().isEmpty());
    }

    /** ControlsFX copies only image and glyph graphics into menu items: the icon is drawn anew for each item. */
    private static MenuItem item(Action action) {
        MenuItem item = ActionUtils.createMenuItem(action);
        if (action.getProperties().get(AppActions.ICON) instanceof Ikon icon) {
            item.graphicProperty().unbind();
            item.setGraphic(Icons.of(icon));
        }
        return item;
    }
}
