package xspace.workspace.session;

import xspace.data.BirdImage;
import xspace.explain.Explanation;
import xspace.explain.ExplanationModule;

/**
 * One image explained by one module: the explanation (E, v, b, ȳ_j, contributions) and the
 * network's own score ŷ_j, both from the cached Z and ŷ rows.
 */
public record ImageExplanation(BirdImage image, ExplanationModule module, Explanation explanation, double yHat) {

    public static ImageExplanation of(WorkspaceSession session, ExplanationModule module, BirdImage image) {
        ZRows features = session.zRows();
        Explanation explanation = module.explain(features.z(image.id()));
        double yHat = features.logits(image.id())[module.info().classIndex()];
        return new ImageExplanation(image, module, explanation, yHat);
    }

    /** ȳ_j of this image under another predictor (weights, bias) on the same x-features. */
    public double yBarWith(double[] weights, double bias) {
        double sum = bias;
        for (int i = 0; i < weights.length; i++) {
            sum += weights[i] * explanation.xFeatures()[i];
        }
        return sum;
    }
}
