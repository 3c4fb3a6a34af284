package xspace.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;
import xspace.explain.Explanation;
import xspace.explain.ExplanationModule;
import xspace.model.FeatureIndex;
import xspace.workspace.session.WorkspaceSession;
import xspace.app.overview.ClassOverview;

/** The class overview (Fig. 4(a)) ranks x-features as computed here, image by image. */
class AppClassOverviewTest extends AppTestBase {

    @Test
    void showsTheMostImportantXFeatureOnTheImageWhereItContributesMost(FxRobot robot) throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.show(View.OVERVIEW));
        ClassOverview overview = window.classOverview();
        // Seen for the first time, the overview ranks without Compute being pressed.
        AppDriver.await(() -> !overview.rows().isEmpty());
        assertThat(window.tasks.running()).isEmpty();
        robot.clickOn("#overview-compute");
        AppDriver.await(() -> !overview.rows().isEmpty() && window.tasks.running().isEmpty());

        ClassOverview.Row row = overview.rows().get(0);
        WorkspaceSession session = window.state.session.get();
        ExplanationModule module = row.heatmap().module();
        List<FeatureIndex.Entry> positives = session.zRows().entries().stream()
                .filter(e -> e.label() == row.classIndex()).toList();
        int n = module.info().n();
        double[] mean = new double[n];
        double bestValue = Double.NEGATIVE_INFINITY;
        List<Explanation> explanations = positives.stream().map(e -> module.explain(session.zRows().z(e.imageId())))
                .toList();
        for (Explanation x : explanations) {
            for (int i = 0; i < n; i++) {
                mean[i] += x.weights()[i] * x.xFeatures()[i] / positives.size();
            }
        }
        int feature = 0;
        for (int i = 1; i < n; i++) {
            feature = mean[i] > mean[feature] ? i : feature;
        }
        for (int k = 0; k < positives.size(); k++) {
            double value = explanations.get(k).weights()[feature] * explanations.get(k).xFeatures()[feature];
            if (value > bestValue) {
                bestValue = value;
            }
        }

        assertThat(row.feature()).isEqualTo(feature);
        assertThat(row.meanContribution()).isCloseTo(mean[feature], org.assertj.core.api.Assertions.within(1e-4));
        // Ties (an x-feature zero on several images) leave the choice open: the value must be the largest.
        Explanation shown = module.explain(session.zRows().z(row.representative().id()));
        assertThat(shown.weights()[feature] * shown.xFeatures()[feature]).isCloseTo(bestValue,
                org.assertj.core.api.Assertions.within(1e-6));
        assertThat(session.zRows().label(row.representative().id())).isEqualTo(row.classIndex());
        AppDriver.await(() -> robot.lookup("#class-overview .image-view").queryAll().stream()
                .anyMatch(v -> ((ImageView) v).getImage() != null));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#class-overview .overview-class").queryAs(Label.class).getText())
                .isEqualTo(row.classIndex() + " · " + row.className());
        assertThat(robot.lookup("#class-overview .overview-ranking").queryAs(Label.class).getText())
                .startsWith(row.method().name() + " · x-feature " + row.feature() + " · v·E ");
    }

    @Test
    void saysItIsComputingAndADoubleClickOrEnterOnATileOpensItsXFeatureInTheConceptView(FxRobot robot)
            throws Exception {
        driver.awaitModule(window);
        robot.interact(() -> window.show(View.OVERVIEW));
        ClassOverview overview = window.classOverview();
        String[] computing = new String[1];
        robot.interact(() -> {
            overview.compute();
            // The tiles of the ranking begun when the view was first seen may be shown already.
            computing[0] = ((Label) overview.getCenter()).getText();
        });
        assertThat(computing[0]).isEqualTo("Ranking x-features of every explained class…");
        AppDriver.await(() -> !overview.rows().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(overview.headings().keySet())
                .containsExactlyElementsOf(overview.rows().stream().map(r -> r.method()).distinct().toList());
        assertThat(overview.headings().values()).allMatch(index -> index % overview.columns() == 0);

        ClassOverview.Row row = overview.rows().get(overview.rows().size() - 1);
        int n = row.heatmap().module().info().n();
        for (boolean byKey : new boolean[] {false, true}) {
            robot.interact(() -> {
                window.state.xFeature.set((row.feature() + 1) % n);
                window.show(View.OVERVIEW);
            });
            javafx.scene.Node ranking = robot.lookup("#class-overview .overview-ranking")
                    .match((Label l) -> l.getText().startsWith(row.method().name() + " · x-feature " + row.feature()))
                    .query();
            if (byKey) {
                robot.interact(() -> ranking.getParent().getParent().requestFocus());
                robot.type(javafx.scene.input.KeyCode.ENTER);
            } else {
                robot.doubleClickOn(ranking);
            }
            AppDriver.await(() -> window.shown() == View.CONCEPT && window.tasks.running().isEmpty());
            assertThat(window.state.classIndex.get()).isEqualTo(row.classIndex());
            assertThat(window.state.method.get()).isEqualTo(row.method());
            assertThat(window.state.xFeature.get()).as(byKey ? "Enter" : "double-click").isEqualTo(row.feature());
        }
    }
}
