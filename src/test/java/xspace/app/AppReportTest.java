package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.ValidationMode;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.model.DatasetLabels;
import xspace.workspace.Workspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.session.ClassReport;
import xspace.testing.ScratchFolders;
import xspace.testing.TestWorkspace;

/** Export ▸ HTML report of this class: a self-contained folder for the current module. */
class AppReportTest extends AppTestBase {

    private static final String NAME = "<b>crown</b> & \"cap\"";

    /** A name with markup in it and two votes on x-feature 2, as colleagues might have left them. */
    @Override
    protected void prepare(Path copy) {
        try (WorkspaceDatabase db = WorkspaceDatabase.open(copy)) {
            Annotator ann = db.addAnnotator("Ann");
            Annotator bo = db.addAnnotator("Bo");
            XFeatureKey key = new XFeatureKey(TestWorkspace.moduleId(copy), 0, 1);
            db.setName(key, ann, NAME);
            db.castVote(key, ann, Trust.TRUST);
            db.castVote(key, bo, Trust.DISTRUST);
        }
    }

    /** The module's positive test images as the report should pick them: distinct, by id, at most four. */
    private List<BirdImage> expectedImages(ExplanationModule module) {
        Workspace ws = Workspace.open(workspace);
        CubDataset dataset = ws.dataset(ValidationMode.LENIENT);
        DatasetLabels labels = new DatasetLabels(dataset, ws.cnnInfo().classNames());
        return java.util.Arrays.stream(module.info().testImageIds()).distinct().sorted().mapToObj(dataset::image)
                .filter(i -> labels.label(i) == 0).limit(ClassReport.IMAGES).toList();
    }

    @Test
    void writesThePageAndEveryHeatmapOfTheFirstPositiveTestImages(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        Path parent = ScratchFolders.create("xspace-report");
        robot.interact(() -> window.actions().exports().report(parent));
        Path folder = parent.resolve("report-srae-class-000");
        AppDriver.await(() -> window.tasks.running().isEmpty() && Files.exists(folder.resolve("report.html")));

        Workspace ws = Workspace.open(workspace);
        ExplanationModule module = ModuleStore.load(ws.modules().requireCurrent(xspace.explain.ExplanationMethod.SRAE, 0).file(), ws.cnnInfo());
        List<BirdImage> images = expectedImages(module);
        assertThat(images).isNotEmpty();
        String html = Files.readString(folder.resolve("report.html"), StandardCharsets.UTF_8);
        for (BirdImage image : images) {
            assertThat(html).contains("src=\"image-" + image.id() + ".png\"")
                    .contains("src=\"image-" + image.id() + "-class-score.png\"");
            for (int i = 0; i < TestWorkspace.N; i++) {
                Path png = folder.resolve("image-" + image.id() + "-xfeature-" + i + ".png");
                assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo(ImageIO.read(
                        folder.resolve("image-" + image.id() + ".png").toFile()).getWidth());
            }
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count())
                    .isEqualTo((long) images.size() * (2 + TestWorkspace.N));
        }
        assertThat(html).contains("srae-class-000").contains("SRAE").contains("Freg train / test")
                .contains("beta = " + module.info().hyperparameters().beta())
                .contains("&lt;b&gt;crown&lt;/b&gt; &amp; &quot;cap&quot;").doesNotContain("<b>crown")
                .contains("<td>1</td><td>1</td><td>0</td><td>tied</td><td>50 %</td>");
    }
}
