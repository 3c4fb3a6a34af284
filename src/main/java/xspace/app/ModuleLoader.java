package xspace.app;

import java.util.List;
import java.util.Set;
import xspace.engine.ProgressTask;
import xspace.explain.ExplanationModule;
import xspace.workspace.session.TrustFeedback;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;
import xspace.app.common.Annotations;
import xspace.app.common.AppState;
import xspace.app.common.BackgroundTasks;

/**
 * Keeps the state's module-derived values current: loads the chosen module and its contributions
 * on every image when the class or method changes, and recomputes the faithfulness without the
 * distrusted x-features whenever the votes change.
 */
final class ModuleLoader {

    private final AppState state;
    private final BackgroundTasks tasks;
    private TrustFeedback feedback;

    ModuleLoader(AppState state, BackgroundTasks tasks) {
        this.state = state;
        this.tasks = tasks;
        state.session.addListener((o, old, session) -> feedback = session == null ? null
                : new TrustFeedback(session.zRows()));
        state.method.addListener((o, old, method) -> load());
        state.scores.addListener((o, old, scores) -> refreshFeedback());
        state.revision.addListener((o, old, revision) -> refreshFeedback());
    }

    private void load() {
        WorkspaceSession session = state.session.get();
        Integer classIndex = state.classIndex.get();
        state.scores.set(null);
        state.feedback.set(null);
        if (session == null || classIndex == null || state.method.get() == null) {
            return;
        }
        var method = state.method.get();
        ProgressTask<XFeatureScores> work = monitor -> {
            ExplanationModule module = session.modules().module(method, classIndex).orElseThrow();
            return XFeatureScores.compute(module, session.zRows(), monitor);
        };
        tasks.run("module", "Loading the " + method + " module of class " + classIndex, work, scores -> {
            // The concept view opens on the x-feature that speaks most for the class (Fig. 4(a)).
            state.xFeature.set(scores.mostImportant());
            state.scores.set(scores);
        });
    }

    private void refreshFeedback() {
        XFeatureScores scores = state.scores.get();
        WorkspaceSession session = state.session.get();
        if (scores == null || session == null) {
            return;
        }
        TrustFeedback current = feedback;
        ExplanationModule module = scores.module();
        ProgressTask<TrustFeedback.Comparison> work = monitor -> {
            Set<Integer> distrusted = Annotations.distrusted(session.database(), module.info().versionId());
            return current.compare(module, distrusted);
        };
        tasks.runWhileCurrent(List.of(state.scores), "feedback", "Faithfulness without distrusted x-features", work,
                state.feedback::set);
    }
}
