package xspace.workspace;

/**
 * What the evaluation measured for one x-feature of a module over the class's positive test images:
 * its mean contribution v_i·E_i to ȳ_j (negative when it speaks against the class, 0 when silent),
 * the locality of its maps and their discriminative-part share (NaN where the dataset names no
 * telling parts). It shows which x-features carry an explanation and where each one looks.
 */
public record XFeatureResult(int index, double meanContribution, double locality, double discriminativeShare) {
}
