package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import xspace.data.BirdImage;
import xspace.data.NpyFile;
import xspace.explain.Explanation;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.model.FeatureIndex;
import xspace.workspace.Workspace;

/** The image view (Fig. 3(a)) against the module's own explanation of the same image. */
@ExtendWith(ApplicationExtension.class)
class AppImageViewTest {

    private static Path workspace;
    private final AppDriver driver = new AppDriver();
    private MainWindow window;

    @BeforeAll
    static void workspace() throws Exception {
        workspace = AppTestWorkspace.copy();
    }

    @Start
    void start(Stage stage) {
        window = driver.start(stage, workspace);
    }

    @AfterEach
    void stop() throws Exception {
        driver.stop();
    }

    /** The module's explanation of an image, read from the cached Z row without the app's classes. */
    private static Explanation expected(int imageId) throws Exception {
        Workspace ws = Workspace.open(workspace);
        ExplanationModule module = ModuleStore.load(ws.modulesDir().resolve("srae/class-000.zip"), ws.cnnInfo());
        FeatureIndex.Entry entry = FeatureIndex.read(ws.featuresDir()).stream().filter(e -> e.imageId() == imageId)
                .findFirst().orElseThrow();
        return module.explain(NpyFile.readAll(ws.featuresDir().resolve("z.npy"))[entry.row()]);
    }

    @Test
    void showsTheXFeaturePanelsInTheOrderOfTheirContributions(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        BirdImage image = window.state.image.get();
        Explanation expected = expected(image.id());

        FlowPane panels = robot.lookup("#xfeature-panels").queryAs(FlowPane.class);
        List<String> shown = panels.getChildren().stream().map(n -> n.getId()).toList();
        List<String> order = expected.sorted().stream().map(c -> "xfeature-panel-" + c.feature()).toList();
        assertThat(shown).hasSize(AppTestWorkspace.N).isEqualTo(order);
        for (Explanation.Contribution c : expected.sorted()) {
            Label value = robot.lookup("#xfeature-value-" + c.feature()).queryAs(Label.class);
            double relative = Math.round(expected.relative(c.feature()) * 1000) / 1000.0 + 0.0;
            assertThat(value.getText()).isEqualTo(String.format(Locale.ROOT, "%+.3f", relative));
            assertThat(value.getStyleClass()).contains(relative > 0 ? "positive" : relative < 0 ? "negative" : "zero");
        }
        assertThat(robot.lookup("#y-bar").queryAs(Label.class).getText())
                .startsWith(String.format(Locale.ROOT, "ȳ_0 = %.4f", expected.yBar()));
    }

    @Test
    void everyXFeatureGetsItsHeatmapAtTheImageSizeWithAdjustableOpacity(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        BirdImage image = window.state.image.get();
        AppDriver.await(() -> robot.lookup("#heatmap-" + (AppTestWorkspace.N - 1)).tryQuery().isPresent());
        Workspace ws = Workspace.open(workspace);
        java.awt.image.BufferedImage rgb = ws.dataset(xspace.data.ValidationMode.LENIENT).loadImage(image);
        for (int i = 0; i < AppTestWorkspace.N; i++) {
            javafx.scene.image.ImageView heatmap = robot.lookup("#heatmap-" + i)
                    .queryAs(javafx.scene.image.ImageView.class);
            assertThat(heatmap.getImage().getWidth()).isEqualTo(rgb.getWidth());
            assertThat(heatmap.getImage().getHeight()).isEqualTo(rgb.getHeight());
        }
        robot.interact(() -> robot.lookup("#heatmap-opacity").queryAs(javafx.scene.control.Slider.class)
                .setValue(0.25));
        assertThat(robot.lookup("#heatmap-0").queryAs(javafx.scene.image.ImageView.class).getOpacity())
                .isEqualTo(0.25);
        assertThat(ws.heatmapCacheDir()).isDirectoryRecursivelyContaining("glob:**/xfeature-0.npy");
    }

    @Test
    void downArrowInTheBrowserExplainsTheNextImage(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        BirdImage first = window.state.image.get();
        robot.clickOn(robot.lookup("#image-list .list-cell").nth(0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.DOWN);
        AppDriver.await(() -> window.state.image.get() != first && window.tasks.running().isEmpty());

        BirdImage second = window.state.image.get();
        assertThat(second.classId()).isEqualTo(first.classId());
        Explanation expected = expected(second.id());
        List<String> shown = robot.lookup("#xfeature-panels").queryAs(FlowPane.class).getChildren().stream()
                .map(n -> n.getId()).toList();
        assertThat(shown).isEqualTo(expected.sorted().stream().map(c -> "xfeature-panel-" + c.feature()).toList());
    }
}
