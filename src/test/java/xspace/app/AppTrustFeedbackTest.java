package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.testfx.api.FxRobot;
import xspace.explain.ClassSample;
import xspace.explain.ClassSampler;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleStore;
import xspace.explain.SamplingPlan;
import xspace.workspace.Workspace;

/** Distrusting an x-feature changes the shown ȳ and faithfulness as worked out independently. */
class AppTrustFeedbackTest extends AppTestBase {

    /** Freg on the test sample with v_i = 0 for the distrusted and b the weighted mean training residual. */
    private double fregWithout(int distrusted) throws Exception {
        Workspace ws = Workspace.open(workspace);
        ExplanationModule module = ModuleStore.load(ws.modules().requireCurrent(xspace.explain.ExplanationMethod.SRAE, 0).file(), ws.cnnInfo());
        ClassSampler.Split split = new ClassSampler(ws.featuresDir()).sample(0, SamplingPlan.paper(1));
        double[] v = module.parameters().get("v").castTo(DataType.DOUBLE).toDoubleVector();
        v[distrusted] = 0;
        ClassSample train = split.train();
        double[] trainPart = trusted(module, train, v);
        double weighted = 0;
        double total = 0;
        for (int m = 0; m < train.size(); m++) {
            double w = train.weights().getDouble(m);
            weighted += w * (train.target().getDouble(m) - trainPart[m]);
            total += w;
        }
        double b = weighted / total;
        ClassSample test = split.test();
        double[] testPart = trusted(module, test, v);
        double freg = 0;
        for (int m = 0; m < test.size(); m++) {
            freg += Math.abs(testPart[m] + b - test.logits().getDouble(m, 0));
        }
        return freg / test.size();
    }

    private static double[] trusted(ExplanationModule module, ClassSample sample, double[] v) {
        double[][] e = module.xFeatures(sample.z()).castTo(DataType.DOUBLE).toDoubleMatrix();
        double[] out = new double[e.length];
        for (int m = 0; m < e.length; m++) {
            for (int i = 0; i < v.length; i++) {
                out[m] += v[i] * e[m][i];
            }
        }
        return out;
    }

    @Test
    void distrustingAnXFeatureShowsTheFaithfulnessOfThePredictorWithoutIt(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        AppDriver.await(() -> window.state.feedback.get() != null);
        String before = robot.lookup("#freg-test-without").queryAs(Label.class).getText();
        assertThat(before).isEqualTo(robot.lookup("#freg-test-trained").queryAs(Label.class).getText());
        assertThat(robot.lookup("#y-bar-without").queryAs(Label.class).getText()).isEmpty();

        int shown = window.state.xFeature.get();
        robot.interact(() -> window.show(View.CONCEPT));
        robot.clickOn("#concept-heading");
        robot.type(KeyCode.DIGIT2);
        AppDriver.await(() -> window.state.feedback.get() != null
                && window.state.feedback.get().distrusted().equals(Set.of(shown)) && window.tasks.running().isEmpty());

        assertThat(robot.lookup("#freg-test-without").queryAs(Label.class).getText())
                .isEqualTo(String.format(Locale.ROOT, "%.4f", fregWithout(shown)));
        assertThat(robot.lookup("#freg-test-trained").queryAs(Label.class).getText()).isEqualTo(before);
        assertThat(robot.lookup("#y-bar-without").queryAs(Label.class).getText())
                .contains("without x-feature " + shown + " (distrusted)");
    }
}
