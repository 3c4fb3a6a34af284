package xspace.workspace.session;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import xspace.explain.ClassSampler;
import xspace.explain.ExplanationModule;
import xspace.explain.PredictorWithout;
import xspace.explain.SamplingPlan;
import xspace.metrics.Faithfulness;

/**
 * What the votes do to the explanation: the module's faithfulness as trained next to that of the
 * predictor without the distrusted x-features (bias refitted on the training sample), on the
 * module's own samples: drawn again with the sampling its description records. Modules of earlier
 * releases did not record it; theirs are drawn as {@code explain train} draws them with its default
 * seed, and whether they are the module's own is reported.
 */
public final class TrustFeedback {

    /** The sampling seed {@code explain train} uses unless told otherwise, for modules that do not record theirs. */
    public static final long DEFAULT_SEED = 1;

    private final ZRows features;
    private final Map<String, ClassSampler.Split> splits = new ConcurrentHashMap<>();

    public TrustFeedback(ZRows features) {
        this.features = features;
    }

    /** Faithfulness of the trained predictor and of the one without the distrusted x-features. */
    public record Comparison(Set<Integer> distrusted, Faithfulness trainedTrain, Faithfulness trainedTest,
            Faithfulness withoutTrain, Faithfulness withoutTest, PredictorWithout.Refit refit, boolean moduleSample) {
    }

    public Comparison compare(ExplanationModule module, Set<Integer> distrusted) throws IOException {
        int j = module.info().classIndex();
        SamplingPlan plan = module.info().sampling() != null ? module.info().sampling()
                : SamplingPlan.paper(DEFAULT_SEED);
        ClassSampler.Split split = split(j, plan);
        PredictorWithout.Refit refit = new PredictorWithout(module, distrusted).refit(split.train(), split.test());
        boolean same = Arrays.equals(sorted(split.train().imageIds()), sorted(module.info().trainImageIds()));
        return new Comparison(Set.copyOf(distrusted), Faithfulness.of(module, split.train()),
                Faithfulness.of(module, split.test()),
                Faithfulness.of(split.train().logits(), j, refit.yBarTrain()),
                split.test().size() == 0 ? new Faithfulness(Double.NaN, Double.NaN, 0)
                        : Faithfulness.of(split.test().logits(), j, refit.yBarTest()),
                refit, same);
    }

    private ClassSampler.Split split(int classIndex, SamplingPlan plan) throws IOException {
        String key = classIndex + "/" + plan;
        ClassSampler.Split split = splits.get(key);
        if (split == null) {
            split = new ClassSampler(features.dir()).sample(classIndex, plan);
            splits.put(key, split);
        }
        return split;
    }

    private static int[] sorted(int[] ids) {
        int[] copy = ids == null ? new int[0] : ids.clone();
        Arrays.sort(copy);
        return copy;
    }
}
