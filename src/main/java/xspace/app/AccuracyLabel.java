package xspace.app;

import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import xspace.app.common.AppState;
import xspace.app.common.Icons;
import xspace.model.CachedPredictions;
import xspace.workspace.session.WorkspaceSession;

/**
 * The toolbar's note of the network's top-1 accuracy on the test split, as the open workspace's
 * cached logits give it (read when the workspace opens; no network runs).
 */
final class AccuracyLabel extends Label {

    AccuracyLabel(AppState state) {
        setId("test-accuracy");
        setGraphic(Icons.of(MaterialDesignB.BULLSEYE_ARROW));
        state.session.addListener((o, old, session) -> show(session));
    }

    private void show(WorkspaceSession session) {
        CachedPredictions.Accuracy accuracy = session == null ? null : session.predictions().testAccuracy();
        setText(accuracy == null ? "" : "Test accuracy " + percent(accuracy));
        setTooltip(accuracy == null ? null : new Tooltip("The network's top-1 accuracy on the " + images(accuracy)
                + " of the test split with cached features,\nfrom their cached logits (as xspace cnn eval measures it)"));
    }

    /** For the notice when a workspace opens. */
    static String sentence(CachedPredictions.Accuracy accuracy) {
        return accuracy.images() == 0 ? "no test images with cached features"
                : "the network is right on " + percent(accuracy) + " of " + images(accuracy);
    }

    private static String percent(CachedPredictions.Accuracy accuracy) {
        return accuracy.images() == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * accuracy.fraction());
    }

    private static String images(CachedPredictions.Accuracy accuracy) {
        return String.format(Locale.ROOT, "%,d test image%s", accuracy.images(), accuracy.images() == 1 ? "" : "s");
    }
}
