package xspace.workspace.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import xspace.attribution.CachedHeatmaps;
import xspace.cli.XSpaceCommand;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.ValidationMode;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.model.DatasetLabels;
import xspace.workspace.Workspace;
import xspace.workspace.session.HeatmapService;
import xspace.testing.TestWorkspace;

/**
 * The application, {@code xspace heatmaps} and {@code xspace evaluate} find each other's maps of an
 * image in the workspace's cache: a map computed by one is never computed again by another.
 */
class SharedHeatmapCacheTest {

    @Test
    void oneComputationPerImageWhicheverCallerComesFirst() throws Exception {
        Path ws = TestWorkspace.copy();
        Workspace workspace = Workspace.open(ws);
        ExplanationModule module = ModuleStore.load(workspace.modules().requireCurrent(ExplanationMethod.SRAE, 0)
                .file(), workspace.cnnInfo());
        CubDataset dataset = workspace.dataset(ValidationMode.LENIENT);
        DatasetLabels labels = new DatasetLabels(dataset, workspace.cnnInfo().classNames());
        BirdImage evaluated = Arrays.stream(module.info().testImageIds()).mapToObj(dataset::image)
                .filter(i -> i != null && labels.label(i) == 0).findFirst().orElseThrow();

        long before = CachedHeatmaps.passes();
        run("evaluate", "--workspace", ws, "--methods", "srae", "--classes", "0", "--n", TestWorkspace.N,
                "--z-units", 1, "--out", ws.resolve("exports/evaluation"));
        assertThat(CachedHeatmaps.passes()).as("the evaluation computes its maps").isGreaterThan(before);

        long afterEvaluation = CachedHeatmaps.passes();
        run("heatmaps", "--workspace", ws, "--image", evaluated.id(), "--target", "xfeatures:0", "--out",
                ws.resolve("exports/h1"));
        run("heatmaps", "--workspace", ws, "--image", evaluated.id(), "--target", "logit:0", "--out",
                ws.resolve("exports/h2"));
        HeatmapService app = new HeatmapService(workspace);
        BufferedImage picture = dataset.loadImage(evaluated);
        app.heatmaps(module, evaluated, picture, null, TaskMonitor.NONE);
        assertThat(CachedHeatmaps.passes()).as("heatmaps and the application read the evaluation's maps")
                .isEqualTo(afterEvaluation);

        BirdImage other = dataset.images().stream().filter(i -> i.id() != evaluated.id()).findFirst().orElseThrow();
        app.heatmaps(module, other, dataset.loadImage(other), null, TaskMonitor.NONE);
        long afterApp = CachedHeatmaps.passes();
        assertThat(afterApp).as("class score and x-features of a new image").isEqualTo(afterEvaluation + 2);
        run("heatmaps", "--workspace", ws, "--image", other.id(), "--target", "xfeatures:0", "--out",
                ws.resolve("exports/h3"));
        assertThat(CachedHeatmaps.passes()).as("heatmaps reads the application's maps").isEqualTo(afterApp);
    }

    private static void run(Object... args) {
        String[] strings = Arrays.stream(args).map(String::valueOf).toArray(String[]::new);
        assertThat(XSpaceCommand.execute(strings)).as(String.join(" ", strings)).isZero();
    }
}
