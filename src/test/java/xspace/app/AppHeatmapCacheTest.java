package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.workspace.Workspace;

/** File ▸ Heatmap cache: clearing it after a confirmation, and its remembered size limit. */
class AppHeatmapCacheTest extends AppTestBase {

    @Override
    protected boolean freshWorkspacePerTest() {
        return true;
    }

    @Test
    void clearDeletesTheCachedHeatmapsAfterAConfirmation(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Path cache = Workspace.open(workspace).heatmapCacheDir();
        AppDriver.await(() -> heatmapFiles(cache) > 0 && window.tasks.running().isEmpty());

        openCacheMenu(robot);
        assertThat(cacheMenu().getItems().get(0).getText()).matches("Clear \\([0-9.]+ (B|KB|MB)\\)…");
        robot.clickOn("#cache-clear");
        AppDriver.await(() -> robot.lookup("#cache-clear-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#cache-clear-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).startsWith("Delete " + heatmapFiles(cache) + " files, ");
        robot.clickOn((Node) dialog.lookupButton(CacheMenu.CLEAR));

        AppDriver.await(() -> heatmapFiles(cache) == 0 && window.tasks.running().isEmpty());
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .startsWith("Cleared the heatmap cache: deleted ");
    }

    @Test
    void theSizeLimitIsRememberedAndAppliedToTheOpenCache(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        openCacheMenu(robot);
        assertThat(cacheMenu().getItems().get(1).getText()).isEqualTo("Size limit (256.0 MB)…");
        // Across the submenu, not diagonally over the File menu's next item, which would close it.
        robot.moveTo("#cache-clear").clickOn("#cache-limit");
        AppDriver.await(() -> robot.lookup("#cache-limit-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#cache-limit-dialog").queryAs(DialogPane.class);
        TextField field = robot.from(dialog).lookup(".text-field").queryAs(TextField.class);
        assertThat(field.getText()).isEqualTo("256.0 MB");
        robot.interact(() -> field.setText("1M"));
        robot.clickOn(field).type(javafx.scene.input.KeyCode.ENTER);

        AppDriver.await(() -> window.state.session.get().heatmaps().cache().limit() == 1L << 20);
        assertThat(driver.preferences().getLong("heatmapCacheLimit", -1)).isEqualTo(1L << 20);
        MainWindow again = driver.restart();
        AppDriver.await(() -> again.state.session.get() != null);
        assertThat(again.state.session.get().heatmaps().cache().limit()).isEqualTo(1L << 20);
    }

    @Test
    void everyImagesMapsOfTheModuleShownGoToTheCache(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Path cache = Workspace.open(workspace).heatmapCacheDir();
        AppDriver.await(() -> window.tasks.running().isEmpty());
        var session = window.state.session.get();
        var module = window.state.scores.get().module();
        int images = session.dataset().images().size();
        String layer = window.imageView().heatmapControls().layer().get();
        openCacheMenu(robot);
        robot.moveTo("#cache-clear").moveTo("#cache-limit").clickOn("#cache-fill");

        AppDriver.await(() -> robot.lookup("#status-message").queryAs(Label.class).getText()
                .startsWith("Every image's maps of class "));
        assertThat(robot.lookup("#status-message").queryAs(Label.class).getText())
                .endsWith(" were cached").contains(" computed, ");
        // the module's maps of every image at the chosen layer, as the views read them
        Path moduleMaps;
        try (var folders = Files.walk(cache, 2)) {
            moduleMaps = folders.filter(p -> p.getFileName().toString().startsWith(module.info().id() + "-"))
                    .findFirst().orElseThrow().resolve(layer).resolve("cmwp");
        }
        assertThat(heatmapFiles(moduleMaps)).isEqualTo((long) images * module.info().n());
        long passes = xspace.attribution.CachedHeatmaps.passes();
        var image = session.dataset().images().get(images - 1);
        session.heatmaps().xFeatureHeatmaps(module, image, session.dataset().loadImage(image), layer);
        assertThat(xspace.attribution.CachedHeatmaps.passes()).as("read from the cache").isEqualTo(passes);
    }

    /** Opens File, waits for the cache's size to be measured, then opens Heatmap cache showing it. */
    private void openCacheMenu(FxRobot robot) throws Exception {
        robot.clickOn("File");
        AppDriver.await(() -> window.tasks.running().isEmpty());
        robot.clickOn("#cache-menu");
        AppDriver.await(() -> robot.lookup("#cache-clear").tryQuery().isPresent());
    }

    private javafx.scene.control.Menu cacheMenu() {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) window.lookup("#menu-bar");
        return (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "cache-menu".equals(i.getId())).findFirst().orElseThrow();
    }

    private static long heatmapFiles(Path cache) {
        if (!Files.isDirectory(cache)) {
            return 0;
        }
        try (var files = Files.walk(cache)) {
            return files.filter(p -> p.toString().endsWith(".npy")).count();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return -1;
        }
    }
}
