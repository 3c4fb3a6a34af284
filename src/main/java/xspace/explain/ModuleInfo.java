package xspace.explain;

import java.util.List;
import java.util.Map;

/**
 * What is known about a trained explanation module, kept as JSON beside its zip: the method and
 * class, sizes, the hyperparameters used (chosen by cross-validation or given), the training
 * curves and attempts, the images it was trained and tested on, and which network and layer it
 * belongs to.
 */
public record ModuleInfo(String id, ExplanationMethod method, int classIndex, String className, ModuleShape shape,
        Hyperparameters hyperparameters, boolean crossValidated, List<EpochCurve> curves, List<TrainingAttempt> attempts,
        int[] trainImageIds, int[] testImageIds, String zLayer, String cnnFingerprint, Map<String, Double> faithfulness,
        String created) {

    public int n() {
        return shape.n();
    }

    /** Whether the accepted attempt still failed the degeneracy test. */
    public boolean degenerate() {
        return !attempts.isEmpty() && attempts.get(attempts.size() - 1).degenerate();
    }

    /** The conventional id of a module: method and class, e.g. {@code srae-class-012}. */
    public static String idOf(ExplanationMethod method, int classIndex) {
        return String.format("%s-class-%03d", method.name().toLowerCase(java.util.Locale.ROOT), classIndex);
    }
}
