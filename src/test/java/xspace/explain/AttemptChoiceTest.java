package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class AttemptChoiceTest {

    private static TrainingAttempt attempt(boolean degenerate, double trainFreg) {
        return new TrainingAttempt(1, 10, 0, new double[] {1, 1}, degenerate, trainFreg, false, false);
    }

    @Test
    void anAttemptThatDidNotFitLosesEvenToADegenerateOne() {
        TrainingAttempt stuck = new TrainingAttempt(1, 10, 0, new double[] {1, 1}, false, 7.3, false, true);
        assertThat(AttemptChoice.choose(List.of(stuck, attempt(true, 0.2)))).isEqualTo(1);
        assertThat(AttemptChoice.choose(List.of(stuck, stuck))).isZero();
        assertThat(stuck.retry()).isTrue();
        assertThat(attempt(false, 0.2).retry()).isFalse();
        // a constant guess scores 6.7: above half of it the attempt did not fit; NaN never fits
        assertThat(TrainingAttempt.unfit(3.4, 6.7)).isTrue();
        assertThat(TrainingAttempt.unfit(0.4, 6.7)).isFalse();
        assertThat(TrainingAttempt.unfit(Double.NaN, 6.7)).isTrue();
    }

    @Test
    void keepsTheMostFaithfulAttemptWhenAllAreDegenerateNotTheLast() {
        List<TrainingAttempt> attempts = List.of(attempt(true, 0.9), attempt(true, 0.4), attempt(true, 1.3));
        assertThat(AttemptChoice.choose(attempts)).isEqualTo(1);
    }

    @Test
    void aNonDegenerateAttemptWinsOverAMoreFaithfulDegenerateOne() {
        List<TrainingAttempt> attempts = List.of(attempt(true, 0.2), attempt(false, 0.6), attempt(false, 0.5));
        assertThat(AttemptChoice.choose(attempts)).isEqualTo(2);
    }

    @Test
    void amongJudgedAttemptsTheMostLocalAcceptableOneIsKeptWhateverItsFreg() {
        List<TrainingAttempt> attempts = List.of(attempt(true, 0.1).judged(0.9), attempt(false, 0.3).judged(2.1),
                attempt(false, 0.6).judged(1.7), attempt(false, 0.2));
        assertThat(AttemptChoice.choose(attempts)).as("degenerate, unjudged and less local ones lose").isEqualTo(2);
        // a judgement on images without parts (NaN) counts as none; then the training Freg decides
        List<TrainingAttempt> unknown = List.of(attempt(false, 0.6).judged(Double.NaN), attempt(false, 0.3));
        assertThat(AttemptChoice.choose(unknown)).isEqualTo(1);
        assertThat(AttemptChoice.marked(attempts, 2).get(2).trainLocality()).isEqualTo(1.7);
    }

    @Test
    void tiesGoToTheEarlierAttemptAndTheChoiceIsMarked() {
        List<TrainingAttempt> attempts = List.of(attempt(false, 0.5), attempt(false, 0.5));
        int chosen = AttemptChoice.choose(attempts);
        assertThat(chosen).isZero();
        assertThat(AttemptChoice.marked(attempts, chosen)).extracting(TrainingAttempt::accepted)
                .containsExactly(true, false);
        assertThatThrownBy(() -> AttemptChoice.choose(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aModuleWithoutAMarkedAttemptKeptItsLast() {
        ModuleInfo earlier = info(List.of(attempt(false, 0.1), attempt(true, 0.9)));
        assertThat(earlier.degenerate()).isTrue();
        ModuleInfo marked = info(AttemptChoice.marked(List.of(attempt(false, 0.1), attempt(true, 0.9)), 0));
        assertThat(marked.degenerate()).isFalse();
        assertThat(marked.accepted().trainFreg()).isEqualTo(0.1);
    }

    @Test
    void silentXFeaturesAreCountedOnTheKeptAttempt() {
        TrainingAttempt kept = new TrainingAttempt(2, 12, 0, new double[] {0, -0.0, 1.2, -0.3, 0}, false, 0.4, true, false);
        TrainingAttempt other = new TrainingAttempt(1, 10, 0, new double[] {0, 0, 0, 0, 2}, true, 0.3, false, false);
        assertThat(info(List.of(other, kept)).silentOnPositives()).isEqualTo(3);
        assertThat(info(List.of()).silentOnPositives()).isNaN();
    }

    private static ModuleInfo info(List<TrainingAttempt> attempts) {
        return new ModuleInfo("m", ExplanationMethod.SRAE, 0, "c", new ModuleShape(8, 4, 2, 2),
                Hyperparameters.defaults(), false, List.of(), attempts, new int[0], new int[0], "fc6", "cnn", null, "");
    }
}
