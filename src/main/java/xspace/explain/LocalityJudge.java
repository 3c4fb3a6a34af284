package xspace.explain;

/**
 * How local a trained attempt's x-feature maps are on its class's training positives (the entropy
 * of {@code xspace.metrics.Locality}, lower is more local). Heatmaps and part annotations live
 * outside this package, so module training is handed one where attempts are chosen by locality.
 */
@FunctionalInterface
public interface LocalityJudge {

    double locality(ModuleParameters attempt);
}
