package xspace.explain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How an explanation module is trained (Table 1 of the paper compares the three): each method is
 * its reconstruction penalty and the hyperparameters cross-validation searches for it.
 */
public enum ExplanationMethod {
    /** Sparse Reconstruction Autoencoder: faithfulness plus a log-penalised reconstruction of Z (eq. 4). */
    SRAE(ReconstructionPenalty.LOG, EnumSet.of(GridAxis.BETA, GridAxis.Q, GridAxis.LAMBDA)),
    /** The same encoder and predictor trained for faithfulness only. */
    NN(ReconstructionPenalty.NONE, EnumSet.of(GridAxis.LAMBDA)),
    /** A conventional stacked autoencoder (full squared reconstruction of Z) plus the predictor. */
    SAE(ReconstructionPenalty.SQUARED, EnumSet.of(GridAxis.BETA, GridAxis.LAMBDA));

    private final ReconstructionPenalty penalty;
    private final Set<GridAxis> searched;

    ExplanationMethod(ReconstructionPenalty penalty, Set<GridAxis> searched) {
        this.penalty = penalty;
        this.searched = searched;
    }

    public static ExplanationMethod parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected srae, nn or sae as the method, found '" + text + "'");
        }
    }

    /** Whether the module has a decoder that reconstructs Z. */
    public boolean reconstructs() {
        return penalty != ReconstructionPenalty.NONE;
    }

    public ReconstructionPenalty penalty() {
        return penalty;
    }

    /** The hyperparameters cross-validation searches for this method. */
    public Set<GridAxis> searched() {
        return EnumSet.copyOf(searched);
    }

    /** The cross-validation grid built on {@code base} (epochs, batch size and the rest kept). */
    public List<Hyperparameters> grid(Hyperparameters base) {
        return GridAxis.grid(searched, base);
    }
}
