package xspace.workspace;

/**
 * What the evaluation measured for one class and one explanation method: faithfulness on the
 * module's training and test samples, orthogonality and locality of the x-feature heatmaps over
 * the positive test images, the masking test and the discriminative-part share; beside Freg on the
 * test sample, the Freg a constant guess would get there ({@code constantFregTest}); and how many of
 * the module's x-features are zero on every positive training image ({@code silentXFeatures}, NaN
 * when the module does not record it). {@code explanationShare} is the discriminative-part share of
 * the maps weighted by each x-feature's positive contribution v_i·E_i on the image (the explanation
 * as the image view shows it), averaged over the images that some x-feature explains. {@code xFeatures}
 * gives the same measures x-feature by x-feature (null in results of earlier releases).
 */
public record MethodResult(double fregTrain, double fregTest, double fclsTrain, double fclsTest, double o1, double o2,
        boolean degenerate, double locality, double maskedAccuracy, double discriminativeShare, boolean moduleDegenerate,
        double constantFregTest, double silentXFeatures, double explanationShare, java.util.List<XFeatureResult> xFeatures) {
}
