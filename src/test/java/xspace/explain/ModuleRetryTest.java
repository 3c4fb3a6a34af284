package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.engine.TaskMonitor;

/**
 * The retry rule the demo relies on ({@code DemoRecipe.moduleAttempts}): a module that cannot be
 * explained is trained again, by the authors' rule with β raised by a fifth and the pull-away weight
 * lowered by a fifth each time, until the limit; one that can stops at its first good attempt.
 */
class ModuleRetryTest {

    private static final Hyperparameters QUICK = Hyperparameters.defaults().withBeta(4).withQ(100).withLambda(1e-5)
            .withDropout(0).withEpochs(20, 2).withBatchSize(100).withLearningRate(1e-2).withLearningRateSteps(1000);

    @Test
    void aModuleThatCannotFitItsSampleIsTriedUpToTheLimit() {
        // Every example has the same Z, so no module can follow ŷ: each attempt is unfit.
        ClassSample sample = constantZ(200);
        List<TrainingAttempt> attempts = new ModuleTrainer(ExplanationMethod.SRAE, 3, 7, new ModuleShape.Widths(8, 4))
                .train(sample, QUICK, 11, TaskMonitor.NONE).attempts();

        assertThat(attempts).hasSize(7).allMatch(TrainingAttempt::retry);
        assertThat(attempts.stream().filter(TrainingAttempt::accepted)).hasSize(1);
        for (int k = 0; k < attempts.size(); k++) {
            assertThat(attempts.get(k).seed()).isEqualTo(11 + 7919L * k);
            assertThat(attempts.get(k).beta()).isCloseTo(4 * Math.pow(1.2, k), offset(1e-9));
            assertThat(attempts.get(k).pullAway()).isCloseTo(QUICK.pullAway() * Math.pow(0.8, k),
                    offset(1e-12));
        }
    }

    @Test
    void aRuleWithFactorOneRetriesWithNewSeedsAtTheSameBeta() {
        List<TrainingAttempt> attempts = new ModuleTrainer(ExplanationMethod.SRAE, 3, new RetryRule(3, 1),
                new ModuleShape.Widths(8, 4)).train(constantZ(200), QUICK, 5, TaskMonitor.NONE).attempts();

        assertThat(attempts).hasSize(3).extracting(TrainingAttempt::beta).containsOnly(4.0);
        assertThat(attempts).extracting(TrainingAttempt::seed).containsExactly(5L, 5 + 7919L, 5 + 2 * 7919L);
    }

    @Test
    void rulesWithoutAttemptsOrWithAFactorThatIsNotPositiveAreRefused() {
        assertThatThrownBy(() -> new RetryRule(0, 1.2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1");
        for (double factor : new double[] {0, -1.2, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> new RetryRule(3, factor))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive number");
        }
        assertThat(RetryRule.authors(5).next(QUICK).beta()).isCloseTo(4.8, offset(1e-12));
    }

    @Test
    void aModuleThatFitsStopsAtItsFirstGoodAttempt() {
        ClassSample sample = SparseReconstructionTest.synthetic(400, 4);
        List<TrainingAttempt> attempts = new ModuleTrainer(ExplanationMethod.NN, 3, 10, new ModuleShape.Widths(12, 6))
                .train(sample, QUICK, 1, TaskMonitor.NONE).attempts();

        assertThat(attempts).hasSizeLessThan(10);
        assertThat(attempts.get(attempts.size() - 1).retry()).isFalse();
        assertThat(attempts.subList(0, attempts.size() - 1)).allMatch(TrainingAttempt::retry);
        assertThat(attempts.get(attempts.size() - 1).accepted()).as("the good attempt is the one kept").isTrue();
    }

    @Test
    void withCandidatesMoreAttemptsFollowTheFirstAcceptableOneAtItsSettingsAndTheMostLocalIsKept() {
        ClassSample sample = SparseReconstructionTest.synthetic(400, 4);
        List<ModuleParameters> judged = new java.util.ArrayList<>();
        // a judge that finds the second acceptable attempt the most local
        LocalityJudge judge = p -> {
            judged.add(p);
            return judged.size() == 2 ? 0.5 : 2.0;
        };
        ModuleTrainer.Result result = new ModuleTrainer(ExplanationMethod.NN, 3, new RetryRule(10, 1.2, 2),
                new ModuleShape.Widths(12, 6)).train(sample, QUICK, 1, judge, TaskMonitor.NONE);
        List<TrainingAttempt> attempts = result.attempts();

        List<TrainingAttempt> acceptable = attempts.stream().filter(a -> !a.retry()).toList();
        assertThat(acceptable).hasSize(2).extracting(TrainingAttempt::trainLocality).containsExactly(2.0, 0.5);
        assertThat(attempts.stream().filter(TrainingAttempt::retry)).allMatch(a -> a.trainLocality() == null);
        assertThat(acceptable.get(1).accepted()).isTrue();
        assertThat(result.parameters()).isSameAs(judged.get(1));
        int first = attempts.indexOf(acceptable.get(0));
        assertThat(attempts.subList(first, attempts.size())).as("no β raised after an acceptable attempt")
                .allMatch(a -> a.beta() == acceptable.get(0).beta());
        assertThat(attempts).as("the first acceptable attempt and one more").hasSize(first + 2);
        assertThat(attempts.get(first + 1).seed()).isEqualTo(1 + 7919L * (first + 1));
    }

    @Test
    void candidatesAreAtMostTheAttemptsAndNeedAJudge() {
        assertThatThrownBy(() -> new RetryRule(3, 1.2, 4)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 1 and the 3 attempts");
        assertThatThrownBy(() -> new RetryRule(3, 1.2, 0)).isInstanceOf(IllegalArgumentException.class);
        ModuleTrainer trainer = new ModuleTrainer(ExplanationMethod.NN, 3, new RetryRule(3, 1.2, 2), null);
        assertThatThrownBy(() -> trainer.train(constantZ(20), QUICK, 1, null, TaskMonitor.NONE))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("locality judge");
    }

    private static ClassSample constantZ(int m) {
        float[] y = new float[m];
        boolean[] positive = new boolean[m];
        for (int i = 0; i < m; i++) {
            y[i] = (i % 10) - 4.5f;
            positive[i] = y[i] > 0;
        }
        INDArray target = Nd4j.create(y, new long[] {m, 1}, 'c');
        INDArray weights = Nd4j.valueArrayOf(new long[] {m, 1}, 1.0 / m, DataType.FLOAT);
        return new ClassSample(0, Nd4j.ones(DataType.FLOAT, m, 6), target, target.dup(), weights, new int[m], positive);
    }
}
