package xspace.workspace.session;

import java.io.IOException;
import java.util.Map;
import xspace.data.BirdImage;
import xspace.engine.TaskMonitor;
import xspace.model.CachedPredictions;

/**
 * What the image table shows beside each image: its true class, the class the network predicts,
 * whether that is right, and ŷ_j, the network's score for the explained class j. Predictions come
 * with the workspace; ŷ_j takes a pass over the cached logits, so it is read off the FX thread for
 * each explained class and the table is given the whole new set at once. Images without cached
 * features have no prediction and no score (null, sorted first).
 */
public final class BrowserScores {

    public static final BrowserScores NONE = new BrowserScores(null, -1, Map.of());

    private final WorkspaceSession session;
    private final int classIndex;
    private final Map<Integer, Float> yHat;
    /** Display names by class index, made once: sorting asks for them many times. */
    private final String[] names;

    private BrowserScores(WorkspaceSession session, int classIndex, Map<Integer, Float> yHat) {
        this.session = session;
        this.classIndex = classIndex;
        this.yHat = yHat;
        int classes = session == null ? 0 : session.cnnInfo().classNames().size();
        this.names = new String[classes];
        for (int c = 0; c < classes; c++) {
            names[c] = session.className(c);
        }
    }

    /** Predictions without scores: what the table shows until an explained class is chosen. */
    public static BrowserScores predictionsOf(WorkspaceSession session) {
        return new BrowserScores(session, -1, Map.of());
    }

    /** Predictions and ŷ_j of the class for every image; call off the FX thread. */
    public static BrowserScores read(WorkspaceSession session, int classIndex, TaskMonitor monitor) throws IOException {
        return new BrowserScores(session, classIndex, session.predictions().scores(classIndex, monitor));
    }

    public WorkspaceSession session() {
        return session;
    }

    /** The explained class whose score is shown; -1 for none. */
    public int classIndex() {
        return classIndex;
    }

    public String trueClass(BirdImage image) {
        return session == null ? null : names[session.classIndexOf(image)];
    }

    public String predicted(BirdImage image) {
        CachedPredictions p = predictions(image);
        return p == null ? null : names[p.predicted(image.id())];
    }

    public Boolean right(BirdImage image) {
        CachedPredictions p = predictions(image);
        return p == null ? null : p.right(image.id());
    }

    public Float yHat(BirdImage image) {
        return yHat.get(image.id());
    }

    private CachedPredictions predictions(BirdImage image) {
        return session == null || !session.predictions().has(image.id()) ? null : session.predictions();
    }
}
