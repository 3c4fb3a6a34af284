package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationMethodTest {

    @Test
    void eachMethodSearchesOnlyTheSettingsItsObjectiveHas() {
        Hyperparameters base = Hyperparameters.defaults().withPullAway(3);
        assertThat(ExplanationMethod.SRAE.grid(base)).hasSize(12);
        assertThat(ExplanationMethod.SAE.grid(base)).hasSize(6).allMatch(h -> h.q() == base.q());
        assertThat(ExplanationMethod.NN.grid(base)).hasSize(2)
                .allMatch(h -> h.beta() == base.beta() && h.q() == base.q());
        assertThat(ExplanationMethod.SRAE.grid(base)).allMatch(h -> h.pullAway() == 3 && h.epochs() == base.epochs());
    }

    @Test
    void gridVariesBetaSlowestAndLambdaFastest() {
        List<Hyperparameters> grid = ExplanationMethod.SRAE.grid(Hyperparameters.defaults());
        assertThat(grid.subList(0, 4)).extracting(Hyperparameters::beta).containsOnly(5.0);
        assertThat(grid.subList(0, 4)).extracting(Hyperparameters::q).containsExactly(10.0, 10.0, 100.0, 100.0);
        assertThat(grid.subList(0, 2)).extracting(Hyperparameters::lambda3).containsExactly(1e-4, 1e-3);
    }

    @Test
    void onlyTheMethodWithoutReconstructionHasNoDecoder() {
        assertThat(ExplanationMethod.NN.reconstructs()).isFalse();
        assertThat(ExplanationMethod.SRAE.penalty()).isEqualTo(ReconstructionPenalty.LOG);
        assertThat(ExplanationMethod.SAE.penalty()).isEqualTo(ReconstructionPenalty.SQUARED);
    }

    @Test
    void weightDecayFollowsTheParameterGroupAndSparesBiases() {
        Hyperparameters h = Hyperparameters.builder().lambda(ParameterGroup.ENCODER, 1)
                .lambda(ParameterGroup.DECODER, 2).lambda(ParameterGroup.PREDICTOR, 3).build();
        assertThat(ParameterGroup.decay("W2", h)).isEqualTo(1);
        assertThat(ParameterGroup.decay("D3", h)).isEqualTo(2);
        assertThat(ParameterGroup.decay("v", h)).isEqualTo(3);
        assertThat(List.of("b1", "c2", "b")).allMatch(name -> ParameterGroup.decay(name, h) == 0);
        assertThat(ParameterGroup.of("c1")).isEqualTo(ParameterGroup.DECODER);
    }

    @Test
    void builderStartsFromTheAuthorsDefaultsAndKeepsWhatItIsNotTold() {
        Hyperparameters h = Hyperparameters.defaults().toBuilder().epochs(7).build();
        assertThat(h).isEqualTo(Hyperparameters.defaults().withEpochs(7, Hyperparameters.defaults().pretrainEpochs()));
        assertThat(Hyperparameters.defaults().beta()).isEqualTo(10);
        assertThat(Hyperparameters.defaults().batchSize()).isEqualTo(50);
    }
}
