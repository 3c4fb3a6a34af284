package xspace.app;

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
final class AppState {

    final ObjectProperty<WorkspaceSession> session = new SimpleObjectProperty<>();
    final ObjectProperty<ExplanationMethod> method = new SimpleObjectProperty<>();
    final ObjectProperty<Integer> classIndex = new SimpleObjectProperty<>();
    /** Contributions of the current module on every image; null while loading. */
    final ObjectProperty<XFeatureScores> scores = new SimpleObjectProperty<>();
    final ObjectProperty<BirdImage> image = new SimpleObjectProperty<>();
    final IntegerProperty feature = new SimpleIntegerProperty(0);
    final ObjectProperty<Annotator> annotator = new SimpleObjectProperty<>();
    final IntegerProperty revision = new SimpleIntegerProperty();
    /** The current module's faithfulness with and without distrusted x-features; null until computed. */
    final ObjectProperty<TrustFeedback.Comparison> feedback = new SimpleObjectProperty<>();
}
