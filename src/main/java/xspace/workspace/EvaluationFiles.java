package xspace.workspace;

import java.nio.file.Path;
import java.util.Locale;

/**
 * What {@code xspace evaluate} writes into its output folder, named here only: the evaluation
 * writes these, the application and the demo read them.
 */
public final class EvaluationFiles {

    /** Where in a workspace the documentation, the demo and the application put an evaluation. */
    public static final String IN_WORKSPACE = "exports/evaluation";
    public static final String TABLE1_CSV = "table1.csv";
    public static final String TABLE1_MD = "table1.md";
    public static final String TABLE2_CSV = "table2.csv";
    public static final String TABLE2_MD = "table2.md";
    public static final String PER_CLASS_CSV = "per-class.csv";
    /** One row per x-feature of every class and method. */
    public static final String X_FEATURES_CSV = "x-features.csv";
    /** The settings of the run, written first, so that a resumed run can tell it continues the same one. */
    public static final String REQUEST_JSON = "request.json";
    /** The request and every class's results as JSON. */
    public static final String RESULTS_JSON = "results.json";

    private EvaluationFiles() {
    }

    /** One class's finished result, kept as soon as it is measured so that a stopped run resumes after it. */
    public static Path classResult(Path out, int classIndex) {
        return out.resolve("classes").resolve(String.format(Locale.ROOT, "class-%03d.json", classIndex));
    }
}
