package xspace.app.common;

import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import xspace.data.BirdImage;
import xspace.explain.ExplanationMethod;
import xspace.workspace.db.Annotator;
import xspace.workspace.session.TrustFeedback;
import xspace.workspace.session.WorkspaceSession;
import xspace.workspace.session.XFeatureScores;

/**
 * What the views share, as observable properties changed on the FX thread only: the open
 * workspace, the chosen module and its scores, the selected image and x-feature, the annotator,
 * and a revision number that goes up with every change written to the database.
 */
public final class AppState {

    public final ObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    public final ObjectProperty<ExplanationMethod> method = new SimpleObjectProperty<>();
    public final ObjectProperty<Integer> classIndex = new SimpleObjectProperty<>();
    /** Contributions of the current module on every image; null while loading. */
    public final ObjectProperty<XFeatureScores> scores = new SimpleObjectProperty<>();
    public final ObjectProperty<BirdImage> image = new SimpleObjectProperty<>();
    public final IntegerProperty xFeature = new SimpleIntegerProperty(0);
    public final ObjectProperty<Annotator> annotator = new SimpleObjectProperty<>();
    public final IntegerProperty revision = new SimpleIntegerProperty();
    /** The current module's faithfulness with and without distrusted x-features; null until computed. */
    public final ObjectProperty<TrustFeedback.Comparison> feedback = new SimpleObjectProperty<>();

    /**
     * Why no module is shown, for the views to say in its place: no workspace, no class chosen, or
     * the chosen class's module still loading (the class is chosen then; asking to choose one misleads).
     */
    public String noModuleYet() {
        WorkspaceSession open = session.get();
        Integer chosen = classIndex.get();
        if (open == null) {
            return "Open a workspace (File ▸ Open workspace…)";
        }
        if (chosen == null || method.get() == null) {
            return "Choose an explained class";
        }
        return "Loading the " + method.get() + " module of class " + chosen + " · " + open.className(chosen) + "…";
    }
}
