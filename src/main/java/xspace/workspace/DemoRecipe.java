package xspace.workspace;

import java.util.List;
import xspace.data.synth.SynthOptions;
import xspace.explain.ExplanationMethod;

/**
 * How the demo workspace is made, from a fixed seed: the synthetic-bird dataset (regenerated, never
 * stored), the demo CNN's training, and the explanation modules. Kept in {@code assets/demo/demo.json}
 * with the figures of the build that produced the assets.
 *
 * @param synth       the dataset's generator options
 * @param inputSize   the CNN's input side
 * @param epochs      most training epochs
 * @param patience    early-stopping patience
 * @param cnnSeed     seed of the CNN's weights and training
 * @param methods     explanation methods trained
 * @param n           x-features per module
 * @param moduleEpochs joint training epochs of each module
 * @param moduleSeed  seed of sampling and module training
 */
public record DemoRecipe(SynthOptions synth, int inputSize, int epochs, int patience, long cnnSeed,
        List<ExplanationMethod> methods, int n, int moduleEpochs, long moduleSeed) {

    public static DemoRecipe standard() {
        SynthOptions synth = SynthOptions.defaults().withSpecies(12).withPerSpecies(200).withSize(128).withSeed(7)
                .withTrainFraction(0.7);
        return new DemoRecipe(synth, 64, 30, 6, 1, List.of(ExplanationMethod.SRAE, ExplanationMethod.NN,
                ExplanationMethod.SAE), 5, 60, 1);
    }
}
