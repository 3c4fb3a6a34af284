package xspace.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.engine.NativeMemory;
import xspace.engine.TaskMonitor;

/**
 * Training of one class's module: optional pre-training (greedy layer-wise autoencoders, then a
 * least-squares fit of v and b on their x-features; off by default, see docs/explanation-modules.md),
 * then joint training of the whole objective from the initial weights with Adam (learning rate
 * divided by ten every {@code stepEvery} epochs). A degenerate result is
 * retrained by its {@link RetryRule} (by default up to {@value #MAX_ATTEMPTS} trainings with β × 1.2,
 * the pull-away weight × 0.8 and a new seed), and so is one that does not fit its training sample
 * ({@link TrainingAttempt#unfit}); the module keeps the attempt {@link AttemptChoice} picks, among
 * several acceptable ones where the rule asks for candidates.
 */
public final class ModuleTrainer {

    public static final int MAX_ATTEMPTS = 5;

    private final ExplanationMethod method;
    private final int n;
    private final RetryRule retries;
    private final ModuleShape.Widths widths;

    public ModuleTrainer(ExplanationMethod method, int n) {
        this(method, n, MAX_ATTEMPTS);
    }

    /** A trainer that retries a degenerate result at most {@code maxAttempts − 1} times. */
    public ModuleTrainer(ExplanationMethod method, int n, int maxAttempts) {
        this(method, n, maxAttempts, null);
    }

    /** A trainer with given hidden widths; null widths follow {@link ModuleShape#forZ}. */
    public ModuleTrainer(ExplanationMethod method, int n, int maxAttempts, ModuleShape.Widths widths) {
        this(method, n, RetryRule.authors(maxAttempts), widths);
    }

    public ModuleTrainer(ExplanationMethod method, int n, RetryRule retries, ModuleShape.Widths widths) {
        this.method = method;
        this.n = n;
        this.retries = retries;
        this.widths = widths;
    }

    /** The trained parameters with the curves of the accepted attempt and every attempt's verdict. */
    public record Result(ModuleParameters parameters, Hyperparameters hyperparameters, List<EpochCurve> curves,
            List<TrainingAttempt> attempts) {
    }

    public Result train(ClassSample sample, Hyperparameters start, long seed, TaskMonitor monitor) {
        return train(sample, start, seed, null, monitor);
    }

    /**
     * Trains with the retry rule; where it asks for several candidates, training goes on after the
     * first acceptable attempt with its settings and new seeds until the rule stops it, and
     * {@code judge} measures the locality of each acceptable one.
     */
    public Result train(ClassSample sample, Hyperparameters start, long seed, LocalityJudge judge,
            TaskMonitor monitor) {
        if (retries.choosesByLocality() && judge == null) {
            throw new IllegalArgumentException("choosing among " + retries.candidates()
                    + " candidates needs a locality judge");
        }
        List<TrainingAttempt> attempts = new ArrayList<>();
        List<Result> results = new ArrayList<>();
        Hyperparameters h = start;
        int most = retries.mostTrainings();
        for (int attempt = 0; !retries.stopsAfter(acceptability(attempts)); attempt++) {
            long attemptSeed = seed + 7919L * attempt;
            TaskMonitor stage = monitor.stage(attempt / (double) most, (attempt + 1) / (double) most);
            List<EpochCurve> curves = new ArrayList<>();
            ModuleParameters p = trainOnce(sample, h, attemptSeed, stage, curves);
            TrainingAttempt tried = verdict(p, sample, h, attemptSeed);
            if (!tried.retry() && retries.choosesByLocality()) {
                tried = tried.judged(judge.locality(p));
            }
            attempts.add(tried);
            results.add(new Result(p, h, curves, List.of()));
            // once an attempt is acceptable, further candidates differ from it by their seeds alone
            if (!acceptability(attempts).contains(Boolean.TRUE)) {
                h = retries.next(h);
            }
        }
        int chosen = AttemptChoice.choose(attempts);
        Result kept = results.get(chosen);
        return new Result(kept.parameters(), kept.hyperparameters(), kept.curves(),
                AttemptChoice.marked(attempts, chosen));
    }

    /** Whether each attempt so far was acceptable (fitting, not degenerate). */
    private static List<Boolean> acceptability(List<TrainingAttempt> attempts) {
        return attempts.stream().map(a -> !a.retry()).toList();
    }

    private static TrainingAttempt verdict(ModuleParameters p, ClassSample sample, Hyperparameters h, long seed) {
        INDArray positives = ModuleForward.xFeatures(p, Batches.rows(sample.z(), sample.positiveRows()));
        double[] mean = Degeneracy.meanContributions(positives, p.get("v"));
        double trainFreg = trainFreg(p, sample);
        return new TrainingAttempt(seed, h.beta(), h.pullAway(), mean, Degeneracy.isDegenerate(mean), trainFreg,
                false, TrainingAttempt.unfit(trainFreg, constantGuessFreg(sample)));
    }

    /** Freg = mean |ȳ − ŷ_j| over the training sample, the score {@link AttemptChoice} ranks attempts by. */
    private static double trainFreg(ModuleParameters p, ClassSample sample) {
        INDArray error = ModuleForward.predict(p, sample.z().castTo(p.get("W1").dataType()))
                .sub(sample.target().castTo(p.get("W1").dataType()));
        return org.nd4j.linalg.ops.transforms.Transforms.abs(error, false).meanNumber().doubleValue();
    }

    /** mean |ŷ_j − mean ŷ_j| over the training sample: the Freg of a module that explains nothing. */
    private static double constantGuessFreg(ClassSample sample) {
        INDArray target = sample.target();
        return org.nd4j.linalg.ops.transforms.Transforms.abs(target.sub(target.meanNumber()), false).meanNumber()
                .doubleValue();
    }

    private ModuleParameters trainOnce(ClassSample sample, Hyperparameters h, long seed, TaskMonitor monitor,
            List<EpochCurve> curves) {
        Random random = new Random(seed);
        ModuleShape shape = ModuleShape.forZ((int) sample.z().size(1), n, widths);
        ModuleParameters p = ModuleParameters.initial(shape, method.reconstructs(), seed, DataType.FLOAT);
        INDArray z = sample.z().castTo(DataType.FLOAT);
        INDArray target = sample.target().castTo(DataType.FLOAT);
        INDArray weights = h.exampleWeights(sample).castTo(DataType.FLOAT);
        h.predictor().start(p.get("v"));
        if (h.pretrainEpochs() > 0) {
            LayerwisePretraining.run(p, z, h, random, monitor.stage(0, 0.3));
            double[] fit = LinearFit.fit(ModuleForward.xFeatures(p, z), target, weights);
            p.set("v", Nd4j.create(java.util.Arrays.copyOf(fit, n), new long[] {n, 1}).castTo(DataType.FLOAT));
            p.get("b").putScalar(0, fit[n]);
            h.predictor().start(p.get("v"));
        } else {
            h.predictor().startBias(p.get("b"), target);
        }
        jointTraining(p, z, target, weights, h, random, monitor.stage(0.3, 1), curves);
        return p;
    }

    private void jointTraining(ModuleParameters p, INDArray z, INDArray target, INDArray weights, Hyperparameters h,
            Random random, TaskMonitor monitor, List<EpochCurve> curves) {
        SraeObjective objective = new SraeObjective(method, h);
        Adam adam = new Adam(h.learningRate());
        int m = (int) z.size(0);
        for (int epoch = 1; epoch <= h.epochs(); epoch++) {
            monitor.checkCancelled();
            adam.setLearningRate(h.learningRate() * Math.pow(0.1, (epoch - 1) / h.stepEvery()));
            LossTerms sums = LossTerms.ZERO;
            int[] order = Batches.permutation(m, random);
            INDArray zs = Batches.rows(z, order);
            INDArray ts = Batches.rows(target, order);
            INDArray ws = Batches.rows(weights, order);
            int k = 0;
            for (int start = 0; start < m; start += h.batchSize(), k++) {
                int end = Math.min(m, start + h.batchSize());
                INDArray w = Batches.slice(ws, start, end).dup();
                w.divi(w.sumNumber());
                INDArray mask = dropoutScale(end - start, p.shape().hidden1(), h.dropout(), random);
                SraeObjective.Value value = objective.evaluate(p, Batches.slice(zs, start, end),
                        Batches.slice(ts, start, end), w, mask, true);
                INDArray gradient = value.flatGradient();
                h.predictor().step(p.get("v"), p.views(gradient).get("v"), () -> adam.step(p.flat(), gradient));
                sums = sums.plus(value.terms());
                NativeMemory.betweenSteps();
            }
            // a module's epoch makes thousands of small arrays: free their native buffers now
            NativeMemory.releaseGarbage();
            LossTerms mean = sums.dividedBy(k);
            curves.add(EpochCurve.of(epoch, mean));
            monitor.progress(epoch, h.epochs(), String.format("epoch %d/%d loss %.4f (faithfulness %.4f)", epoch,
                    h.epochs(), mean.total(), mean.faithfulness()));
        }
    }

    /** Inverted dropout: kept units scaled by 1/(1−rate) so inference needs no change. */
    private static INDArray dropoutScale(int rows, int units, double rate, Random random) {
        if (rate <= 0) {
            return null;
        }
        float[] mask = new float[rows * units];
        float keep = (float) (1 / (1 - rate));
        for (int i = 0; i < mask.length; i++) {
            mask[i] = random.nextDouble() < rate ? 0 : keep;
        }
        return Nd4j.create(mask, new long[] {rows, units}, 'c');
    }
}
