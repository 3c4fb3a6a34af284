package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.data.BirdImage;
import xspace.data.NpyFile;
import xspace.explain.Explanation;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.model.FeatureIndex;
import xspace.workspace.Workspace;
import xspace.testing.TestWorkspace;

/** The image view (Fig. 3(a)) against the module's own explanation of the same image. */
class AppImageViewTest extends AppTestBase {

    /** The module's explanation of an image, read from the cached Z row without the app's classes. */
    private Explanation expected(int imageId) throws Exception {
        Workspace ws = Workspace.open(workspace);
        ExplanationModule module = ModuleStore.load(ws.modules().requireCurrent(xspace.explain.ExplanationMethod.SRAE, 0).file(), ws.cnnInfo());
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
        assertThat(shown).hasSize(TestWorkspace.N).isEqualTo(order);
        Label caption = robot.lookup("#xfeature-caption").queryAs(Label.class);
        assertThat(caption.getText()).contains("largest contribution v·E first");
        assertThat(caption.getTooltip().getText()).contains("v_i × E_i").contains("by x-feature number");
        for (Explanation.Contribution c : expected.sorted()) {
            Label value = robot.lookup("#xfeature-value-" + c.feature()).queryAs(Label.class);
            double relative = Math.round(expected.relative(c.feature()) * 1000) / 1000.0 + 0.0;
            assertThat(value.getText()).isEqualTo(String.format(Locale.ROOT, "%+.3f", relative));
            assertThat(value.getStyleClass()).contains(relative > 0 ? "positive" : relative < 0 ? "negative" : "zero");
        }
        double b = expected.bias();
        assertThat(robot.lookup("#y-bar").queryAs(Label.class).getText()).isEqualTo(String.format(Locale.ROOT,
                "ȳ_0 = vᵀE + b = %.4f %s %.4f = %.4f   (module)", expected.yBar() - b, b < 0 ? "−" : "+", Math.abs(b),
                expected.yBar()));
        for (int i = 0; i < TestWorkspace.N; i++) {
            double e = expected.xFeatures()[i];
            double v = expected.weights()[i];
            assertThat(robot.lookup("#xfeature-terms-" + i).queryAs(Label.class).getText()).isEqualTo(e == 0
                    ? "E = 0: silent on this image"
                    : String.format(Locale.ROOT, "v·E = %+.3f = %.3f × %.3f", v * e, v, e));
        }
    }

    @Test
    void everyXFeatureGetsItsHeatmapAtTheImageSizeWithAdjustableOpacity(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        BirdImage image = window.state.image.get();
        Explanation expected = expected(image.id());
        AppDriver.await(() -> java.util.stream.IntStream.range(0, TestWorkspace.N).allMatch(i -> robot.lookup(
                "#heatmap-" + i).tryQuery().isPresent() || robot.lookup("#heatmap-" + i + "-silent").tryQuery()
                .isPresent()));
        Workspace ws = Workspace.open(workspace);
        java.awt.image.BufferedImage rgb = ws.dataset(xspace.data.ValidationMode.LENIENT).loadImage(image);
        int firing = -1;
        for (int i = 0; i < TestWorkspace.N; i++) {
            boolean silent = expected.xFeatures()[i] == 0;
            assertThat(robot.lookup("#heatmap-" + i).tryQuery().isPresent()).as("x-feature %d drawn", i)
                    .isEqualTo(!silent);
            assertThat(robot.lookup("#heatmap-" + i + "-silent").tryQuery().isPresent()).isEqualTo(silent);
            if (!silent) {
                firing = i;
                javafx.scene.image.ImageView heatmap = robot.lookup("#heatmap-" + i)
                        .queryAs(javafx.scene.image.ImageView.class);
                assertThat(heatmap.getImage().getWidth()).isEqualTo(rgb.getWidth());
                assertThat(heatmap.getImage().getHeight()).isEqualTo(rgb.getHeight());
            }
        }
        assertThat(firing).as("some x-feature fires on the first image").isNotNegative();
        robot.interact(() -> robot.lookup("#heatmap-opacity").queryAs(javafx.scene.control.Slider.class)
                .setValue(0.25));
        assertThat(robot.lookup("#heatmap-" + firing).queryAs(javafx.scene.image.ImageView.class).getOpacity())
                .isEqualTo(0.25);
        assertThat(ws.heatmapCacheDir()).isDirectoryRecursivelyContaining("glob:**/xfeature-0.npy");
    }

    @Test
    void downArrowInTheBrowserExplainsTheNextImage(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        BirdImage first = window.state.image.get();
        robot.clickOn(robot.lookup("#image-list .table-row-cell")
                .match(n -> ((javafx.scene.control.TableRow<?>) n).getIndex() == 0).queryAs(javafx.scene.Node.class));
        robot.type(KeyCode.DOWN);
        AppDriver.await(() -> window.state.image.get() != first && window.tasks.running().isEmpty());

        BirdImage second = window.state.image.get();
        assertThat(second.classId()).isEqualTo(first.classId());
        Explanation expected = expected(second.id());
        List<String> shown = robot.lookup("#xfeature-panels").queryAs(FlowPane.class).getChildren().stream()
                .map(n -> n.getId()).toList();
        assertThat(shown).isEqualTo(expected.sorted().stream().map(c -> "xfeature-panel-" + c.feature()).toList());
    }

    @Test
    void theClassScoreHeatmapStandsBesideTheImageAndIsCachedWithoutAModule(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        BirdImage image = window.state.image.get();
        AppDriver.await(() -> robot.lookup("#class-score-heatmap").tryQuery().isPresent());

        Label title = robot.lookup("#class-score-title").queryAs(Label.class);
        assertThat(title.getText()).startsWith("Excitation BP of ŷ_0 (").endsWith(")");
        javafx.scene.image.ImageView map = robot.lookup("#class-score-heatmap")
                .queryAs(javafx.scene.image.ImageView.class);
        Workspace ws = Workspace.open(workspace);
        java.awt.image.BufferedImage rgb = ws.dataset(xspace.data.ValidationMode.LENIENT).loadImage(image);
        assertThat(map.getImage().getWidth()).isEqualTo(rgb.getWidth());
        assertThat(ws.heatmapCacheDir()).isDirectoryRecursivelyContaining(
                "glob:**/none/*/cmwp/" + image.id() + "/logit-0.npy");
        // The class score's map comes first in the centre, before the x-feature panels.
        javafx.scene.Node panel = robot.lookup("#class-score-panel").query();
        javafx.scene.Node panels = robot.lookup("#xfeature-panels").query();
        assertThat(panel.localToScene(0, 0).getY()).isLessThan(panels.localToScene(0, 0).getY());
    }

    @Test
    void choosingAnotherHeatmapLayerRecomputesTheHeatmapsThereAndIsRemembered(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        BirdImage image = window.state.image.get();
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<String> layers = robot.lookup("#heatmap-layer")
                .queryAs(javafx.scene.control.ComboBox.class);
        AppDriver.await(() -> !layers.getItems().isEmpty() && layers.getValue() != null
                && robot.lookup("#class-score-heatmap").tryQuery().isPresent());
        xspace.model.ExplainedCnn cnn = Workspace.open(workspace).cnn();
        String defaultLayer = xspace.attribution.ExcitationBackprop.defaultHeatmapLayer(cnn);
        assertThat(layers.getValue()).isEqualTo(defaultLayer);
        assertThat(layers.getItems()).contains(defaultLayer).doesNotContain(cnn.info().zLayer())
                .allMatch(name -> cnn.layerIndex(name) < cnn.zIndex());
        javafx.scene.image.Image before = robot.lookup("#class-score-heatmap")
                .queryAs(javafx.scene.image.ImageView.class).getImage();

        String other = layers.getItems().get(0);
        assertThat(other).isNotEqualTo(defaultLayer);
        robot.interact(() -> robot.lookup("#heatmap-layer").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().select(0));
        AppDriver.await(() -> window.tasks.running().isEmpty() && robot.lookup("#class-score-heatmap").tryQuery()
                .map(n -> ((javafx.scene.image.ImageView) n).getImage() != before).orElse(false));

        Path cache = Workspace.open(workspace).heatmapCacheDir();
        assertThat(cache).isDirectoryRecursivelyContaining("glob:**/" + other + "/cmwp/" + image.id()
                + "/xfeature-0.npy");
        assertThat(cache).isDirectoryRecursivelyContaining("glob:**/none/" + other + "/cmwp/" + image.id()
                + "/logit-0.npy");
        assertThat(driver.preferences().get("heatmapLayer", null)).isEqualTo(other);
    }
}
