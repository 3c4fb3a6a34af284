package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.testfx.api.FxRobot;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleStore;
import xspace.workspace.Workspace;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.testing.TestWorkspace;

/** After a retraining the application shows the new version, and says that the names and votes are on v1. */
class AppModuleVersionsTest extends AppTestBase {

    private String v1;
    private String v2;

    /** v1 named and voted on, then a second version of the same class saved beside it (now current). */
    @Override
    protected void prepare(Path copy) throws Exception {
        v1 = TestWorkspace.moduleId(copy);
        try (WorkspaceDatabase db = WorkspaceDatabase.open(copy)) {
            var ann = db.addAnnotator("Ann");
            for (int i = 0; i < TestWorkspace.N; i++) {
                db.setName(new XFeatureKey(v1, 0, i), ann, "named on v1");
            }
            db.castVote(new XFeatureKey(v1, 0, 0), ann, Trust.TRUST);
        }
        Workspace ws = Workspace.open(copy);
        ModuleInfo i = ModuleStore.load(ws.modules().requireCurrent(ExplanationMethod.SRAE, 0).file(), ws.cnnInfo())
                .info();
        Thread.sleep(5);
        ModuleInfo later = new ModuleInfo(i.id(), i.method(), i.classIndex(), i.className(), i.shape(),
                i.hyperparameters(), i.crossValidated(), i.curves(), i.attempts(), i.trainImageIds(), i.testImageIds(),
                i.zLayer(), i.cnnFingerprint(), i.faithfulness(), Instant.now().toString(), null, 2L, i.sampling());
        v2 = ws.modules().save(new ExplanationModule(later, ModuleParameters.initial(i.shape(), true, 2,
                DataType.FLOAT))).version().id();
    }

    @Test
    void theCurrentVersionIsShownAndTheVersionHoldingNamesAndVotesIsNamed(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        assertThat(window.state.scores.get().module().info().versionId()).isEqualTo(v2);
        Label version = robot.lookup("#module-version").queryAs(Label.class);
        assertThat(version.getText()).startsWith("v2 of 2 (current)")
                .contains("names and votes also on v1 (" + TestWorkspace.N + " names, 1 vote)")
                .contains("xspace explain carry-names");

        robot.interact(() -> window.show(View.CONCEPT));
        AppDriver.await(() -> window.tasks.running().isEmpty());
        Label heading = robot.lookup("#concept-heading").queryAs(Label.class);
        assertThat(heading.getText()).endsWith("srae-class-000 v2");
        assertThat(robot.lookup("#concept-name").queryAs(TextField.class).getText()).as("v1's names stay on v1")
                .isEmpty();
        assertThat(v1).isNotEqualTo(v2);
    }
}
