package xspace.workspace;

import java.util.Optional;
import xspace.explain.ExplanationMethod;

/** What each column of Tables 1 and 2 holds, in a sentence, for the application to show on its header. */
public final class TableColumns {

    static final String Z = "Z";
    static final String EXCITATION_BP = "ExcitationBP";
    static final String ORIGINAL = "Original image";
    static final String MASK_EXCITATION = "Mask by Excitation BP";
    private static final String MASK_METHOD = "Mask by X features (";

    private TableColumns() {
    }

    static String maskedBy(ExplanationMethod method) {
        return MASK_METHOD + method.name() + ")";
    }

    /** The sentence for a column's header; empty for the first column and for headers this release does not write. */
    public static Optional<String> meaning(String header) {
        if (header.startsWith(MASK_METHOD) && header.endsWith(")")) {
            return Optional.of("Every pixel outside the heatmaps of the module's x-features hidden");
        }
        return switch (header) {
            case Z -> Optional.of("A seeded sample of the explained layer's own units, each taken as an x-feature");
            case EXCITATION_BP -> Optional.of("Excitation Backprop's map of the class score ŷ_j itself, no x-features");
            case ORIGINAL -> Optional.of("The test images whole, nothing hidden");
            case MASK_EXCITATION -> Optional.of("Every pixel outside Excitation Backprop's map of ŷ_j hidden");
            default -> method(header);
        };
    }

    private static Optional<String> method(String header) {
        for (ExplanationMethod m : ExplanationMethod.values()) {
            if (m.name().equals(header)) {
                return Optional.of(switch (m) {
                    case SRAE -> "The paper's Sparse Reconstruction Autoencoder: x-features that reproduce ŷ_j and,"
                            + " through a decoder, the layer Z";
                    case NN -> "Baseline: the same encoder and predictor trained for faithfulness alone, no decoder";
                    case SAE -> "Baseline: a conventional sparse autoencoder (squared reconstruction error instead"
                            + " of SRAE's log)";
                });
            }
        }
        return Optional.empty();
    }
}
