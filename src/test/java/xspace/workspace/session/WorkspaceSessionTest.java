package xspace.workspace.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import xspace.engine.TaskMonitor;
import xspace.explain.Explanation;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.testing.TestWorkspace;

/**
 * What the views show, computed without them and checked against the module applied to one Z row
 * at a time: the gallery's E_i and v_i·E_i and its order, ŷ against ȳ, and faithfulness after
 * refitting v without distrusted x-features.
 */
class WorkspaceSessionTest {

    private static Path workspace;

    @BeforeAll
    static void copy() throws Exception {
        workspace = TestWorkspace.copy();
    }

    @Test
    void theGalleryRanksEveryImageByItsXFeatureAsTheModuleComputesIt() throws Exception {
        try (WorkspaceSession session = WorkspaceSession.open(workspace, TaskMonitor.NONE)) {
            ExplanationModule module = session.modules().module(ExplanationMethod.SRAE, 0).orElseThrow();
            XFeatureScores scores = XFeatureScores.compute(module, session.zRows(), TaskMonitor.NONE);
            assertThat(scores.imageCount()).isEqualTo(session.zRows().entries().size());
            for (int i = 0; i < module.info().n(); i++) {
                List<XFeatureScores.Scored> gallery = scores.gallery(i, GalleryFilter.ALL);
                assertThat(gallery).hasSize(scores.imageCount());
                for (int k = 0; k < gallery.size(); k++) {
                    XFeatureScores.Scored s = gallery.get(k);
                    Explanation one = module.explain(session.zRows().z(s.imageId()));
                    assertThat(s.activation()).isCloseTo(one.xFeatures()[i], within(1e-5));
                    assertThat(s.value()).isCloseTo(one.weights()[i] * one.xFeatures()[i], within(1e-5));
                    assertThat(s.positive()).isEqualTo(session.zRows().label(s.imageId()) == 0);
                    if (k > 0) {
                        assertThat(s.activation()).as("strongest first").isLessThanOrEqualTo(gallery.get(k - 1)
                                .activation());
                    }
                }
            }
        }
    }

    @Test
    void scorePairsHoldTheNetworksScoreAndTheModulesReconstruction() throws Exception {
        try (WorkspaceSession session = WorkspaceSession.open(workspace, TaskMonitor.NONE)) {
            ExplanationModule module = session.modules().module(ExplanationMethod.SRAE, 0).orElseThrow();
            ScorePairs pairs = ScorePairs.compute(module, session.zRows(), TaskMonitor.NONE);
            assertThat(pairs.train()).isNotEmpty();
            for (ScorePairs.Point p : pairs.train()) {
                assertThat(p.yHat()).isCloseTo(session.zRows().logits(p.imageId())[0], within(1e-5));
                assertThat(p.yBar()).isCloseTo(module.explain(session.zRows().z(p.imageId())).yBar(), within(1e-4));
            }
        }
    }

    @Test
    void refittingWithNothingDistrustedIsNoWorseOnTheTrainingRows() throws Exception {
        try (WorkspaceSession session = WorkspaceSession.open(workspace, TaskMonitor.NONE)) {
            ExplanationModule module = session.modules().module(ExplanationMethod.SRAE, 0).orElseThrow();
            TrustFeedback.Comparison none = new TrustFeedback(session.zRows()).compare(module, Set.of());
            // v is refitted by least squares on the training rows: it cannot fit them worse than the trained v.
            assertThat(none.withoutTrain().freg()).isLessThanOrEqualTo(none.trainedTrain().freg() + 1e-6);
            assertThat(none.moduleSample()).as("the module's own training rows").isTrue();
        }
    }
}
