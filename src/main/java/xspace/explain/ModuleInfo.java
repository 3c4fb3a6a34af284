package xspace.explain;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What is known about a trained explanation module, kept inside its zip and as JSON beside it: the
 * method and class, sizes, the hyperparameters used (chosen by cross-validation or given), the
 * training curves and attempts, the images it was trained and tested on, which network and layer
 * it belongs to, its own fingerprint, and the seed and sampling it was trained with.
 *
 * @param id          the conventional id of the method and class ({@link #idOf}); every version of
 *                    the class's module shares it
 * @param fingerprint the module's identity ({@link ModuleFingerprint}): changes whenever its weights,
 *                    network or Z layer do; null only in descriptions written before it was recorded
 * @param seed        the training seed; null when not recorded
 * @param sampling    how the training and test samples were drawn; null when not recorded
 */
public record ModuleInfo(String id, ExplanationMethod method, int classIndex, String className, ModuleShape shape,
        Hyperparameters hyperparameters, boolean crossValidated, List<EpochCurve> curves, List<TrainingAttempt> attempts,
        int[] trainImageIds, int[] testImageIds, String zLayer, String cnnFingerprint, Map<String, Double> faithfulness,
        String created, String fingerprint, Long seed, SamplingPlan sampling) {

    /** A description without fingerprint, seed and sampling (tests, and modules of earlier releases). */
    public ModuleInfo(String id, ExplanationMethod method, int classIndex, String className, ModuleShape shape,
            Hyperparameters hyperparameters, boolean crossValidated, List<EpochCurve> curves,
            List<TrainingAttempt> attempts, int[] trainImageIds, int[] testImageIds, String zLayer,
            String cnnFingerprint, Map<String, Double> faithfulness, String created) {
        this(id, method, classIndex, className, shape, hyperparameters, crossValidated, curves, attempts, trainImageIds,
                testImageIds, zLayer, cnnFingerprint, faithfulness, created, null, null, null);
    }

    /** Keys of the faithfulness record ({@link #faithfulness()}): Freg and Fcls on the training and test samples. */
    public static final String FREG_TRAIN = "fregTrain";
    public static final String FREG_TEST = "fregTest";
    public static final String FCLS_TRAIN = "fclsTrain";
    public static final String FCLS_TEST = "fclsTest";

    /** A measure of the faithfulness record; NaN when it was not recorded. */
    public double faithfulness(String key) {
        return faithfulness == null ? Double.NaN : faithfulness.getOrDefault(key, Double.NaN);
    }

    public int n() {
        return shape.n();
    }

    /** Whether the accepted attempt still failed the degeneracy test. */
    public boolean degenerate() {
        return !attempts.isEmpty() && accepted().degenerate();
    }

    /**
     * How many x-features are zero on every positive training image: their mean contribution there
     * is exactly 0 (E ≥ 0, so a mean of 0 means E = 0 throughout). NaN without recorded attempts.
     */
    public double silentOnPositives() {
        if (attempts.isEmpty() || accepted().meanContributions() == null) {
            return Double.NaN;
        }
        return java.util.Arrays.stream(accepted().meanContributions()).filter(c -> c == 0).count();
    }

    /** The attempt the module keeps: the one marked accepted, or the last in modules that mark none. */
    public TrainingAttempt accepted() {
        return attempts.stream().filter(TrainingAttempt::accepted).findFirst()
                .orElse(attempts.get(attempts.size() - 1));
    }

    /** The conventional id of the method and class, also for descriptions that lack it. */
    public String moduleId() {
        return id != null ? id : idOf(method, classIndex);
    }

    /**
     * The id of this version of the module, {@code srae-class-012@3f2a9c1e7b4d5a60}: names, votes,
     * notes and cached heatmaps are keyed by it, so they never move to a retrained module.
     */
    public String versionId() {
        if (fingerprint == null) {
            throw new IllegalStateException(moduleId() + ": its fingerprint is not known yet; load the module"
                    + " through ModuleStore, which computes it");
        }
        return versionIdOf(moduleId(), fingerprint);
    }

    public ModuleInfo withFingerprint(String value) {
        return new ModuleInfo(id, method, classIndex, className, shape, hyperparameters, crossValidated, curves,
                attempts, trainImageIds, testImageIds, zLayer, cnnFingerprint, faithfulness, created, value, seed,
                sampling);
    }

    /** The conventional id of a module: method and class, e.g. {@code srae-class-012}. */
    public static String idOf(ExplanationMethod method, int classIndex) {
        return String.format(Locale.ROOT, "%s-class-%03d", method.name().toLowerCase(Locale.ROOT), classIndex);
    }

    /** A version's id from the module's conventional id and fingerprint. */
    public static String versionIdOf(String moduleId, String fingerprint) {
        return moduleId + "@" + fingerprint;
    }

    /** The conventional id part of a version id ({@code srae-class-012} of {@code srae-class-012@…}). */
    public static String moduleIdOf(String versionId) {
        int at = versionId.indexOf('@');
        return at < 0 ? versionId : versionId.substring(0, at);
    }

    /** Whether the text is a version id (an id of earlier releases has no fingerprint part). */
    public static boolean isVersionId(String text) {
        return text.indexOf('@') > 0;
    }
}
