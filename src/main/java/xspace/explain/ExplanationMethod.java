package xspace.explain;

/** How an explanation module is trained (Table 1 of the paper compares the three). */
public enum ExplanationMethod {
    /** Sparse Reconstruction Autoencoder: faithfulness plus a log-penalised reconstruction of Z (eq. 4). */
    SRAE,
    /** The same encoder and predictor trained for faithfulness only. */
    NN,
    /** A conventional stacked autoencoder (full squared reconstruction of Z) plus the predictor. */
    SAE;

    public static ExplanationMethod parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("expected srae, nn or sae as the method, found '" + text + "'");
        }
    }

    /** Whether the module has a decoder that reconstructs Z. */
    public boolean reconstructs() {
        return this != NN;
    }
}
