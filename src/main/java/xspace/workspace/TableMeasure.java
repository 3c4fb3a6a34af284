package xspace.workspace;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rows of Tables 1 and 2 as {@code xspace evaluate} writes them, each with what it measures in
 * one or two sentences and which way is better, for a reader who has not read the paper (the
 * application shows them on the rows). The definitions themselves live in {@code xspace.metrics}
 * and {@code docs/metrics.md}.
 */
public enum TableMeasure {

    FREG_TRAIN("Freg training", "Faithfulness (paper §4.1): the mean distance |ȳ_j − ŷ_j| between the module's"
            + " score and the network's, over the module's training sample. Lower is better."),
    FREG_TEST("Freg testing", "Faithfulness (paper §4.1): the mean distance |ȳ_j − ŷ_j| between the module's score"
            + " and the network's, over images the module was not trained on. Lower is better."),
    FREG_CONSTANT("Freg of a constant guess, testing", "The Freg that guessing one number for every test image"
            + " would reach (the mean distance of ŷ_j from its mean): a module's Freg should be far below it."),
    FCLS_TRAIN("Fcls training", "Share of the training sample whose predicted class stays the same when ŷ_j is"
            + " replaced by the module's ȳ_j. Higher is better (100 %: the module changes no decision)."),
    FCLS_TEST("Fcls testing", "Share of the test sample whose predicted class stays the same when ŷ_j is"
            + " replaced by the module's ȳ_j. Higher is better (100 %: the module changes no decision)."),
    O1("O1 positive", "Orthogonality: ‖P‖_F − √n, P the correlation of the x-features' heatmaps over the class's"
            + " test images. 0 when no two x-features point at the same pixels; lower is better."),
    O2("O2 positive", "Orthogonality: −log det P, P the correlation of the x-features' heatmaps. 0 when they are"
            + " uncorrelated, infinite when two coincide (counted as degenerate below); lower is better."),
    LOCALITY("Locality positive", "Entropy of where a heatmap's mass lies among the bird's parts and the"
            + " background (Voronoi cells of the part annotations). Lower: each x-feature points at fewer parts."
            + " Z: a sample of the layer's units; ExcitationBP: the map of the class score itself."),
    DISCRIMINATIVE_SHARE("Discriminative-part share", "Share of the heatmaps' mass on the parts that tell the"
            + " species from its nearest look-alike (synthetic birds only), every x-feature's map counting the"
            + " same. Higher is better."),
    EXPLANATION_SHARE("Discriminative-part share, maps weighted by v_i·E_i", "The same share with each map weighted"
            + " by its x-feature's contribution v_i·E_i on the image, as the image view presents an explanation."),
    DEGENERATE_O2("Degenerate O2 (classes)", "Classes where O2 is infinite: an x-feature whose heatmaps are"
            + " constant, or two whose heatmaps agree up to scale."),
    DEGENERATE_MODULES("Degenerate modules (classes)", "Classes whose explanation rests on one x-feature: fewer"
            + " than two contribute positively, or the second contributes less than 0.3 of the first."),
    SILENT_X_FEATURES("x-features silent on every positive (per module)", "x-features that are 0 on every training"
            + " image of their class, so they never appear in an explanation of its images. Lower is better."),
    MASKED_ACCURACY("Classification accuracy", "Masking test (Table 2): accuracy on the class's test images, whole"
            + " and with every pixel outside the explanation's heatmaps hidden. Close to the original's: the"
            + " heatmaps keep what the network needs.");

    private final String label;
    private final String meaning;

    TableMeasure(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    /** The row's first cell, as the tables' CSV and Markdown files hold it. */
    public String label() {
        return label;
    }

    /** What the row measures and which way is better. */
    public String meaning() {
        return meaning;
    }

    /** The measure of a row read back from a table file; empty for a row this release does not write. */
    public static Optional<TableMeasure> of(String label) {
        return Arrays.stream(values()).filter(m -> m.label.equals(label)).findFirst();
    }
}
