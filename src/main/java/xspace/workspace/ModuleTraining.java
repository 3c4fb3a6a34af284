package xspace.workspace;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import xspace.data.CubDataset;
import xspace.data.ValidationMode;
import java.util.function.Consumer;
import xspace.engine.NativeThreads;
import xspace.engine.NativeMemory;
import xspace.engine.ParallelJobs;
import xspace.engine.TaskMonitor;
import xspace.explain.ClassSampler;
import xspace.explain.CrossValidation;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.Hyperparameters;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleShape;
import xspace.explain.ModuleTrainer;
import xspace.explain.RetryRule;
import xspace.explain.SamplingPlan;
import xspace.metrics.Faithfulness;
import xspace.model.DatasetLabels;
import xspace.model.ExplainedCnn;
import xspace.model.FeatureExtractor;

/**
 * Trains the explanation modules of a workspace: makes sure the features exist, samples each
 * class, optionally cross-validates the hyperparameters, trains, measures faithfulness on the
 * training and test samples, and stores the module as a new version (see {@link ModuleVersions}):
 * retraining a class never replaces the module that names and votes were given to.
 */
public final class ModuleTraining {

    private final Workspace workspace;
    private final ExplainedCnn cnn;
    private CubDataset dataset;

    public ModuleTraining(Workspace workspace) {
        this.workspace = workspace;
        this.cnn = workspace.cnn();
    }

    /**
     * What to train: method, number of x-features, starting hyperparameters, sampling, seed, hidden
     * widths (null: {@link ModuleShape#forZ}) and how many attempts the degeneracy retries may take.
     */
    public record Request(ExplanationMethod method, int n, Hyperparameters hyperparameters, boolean crossValidate,
            int folds, SamplingPlan sampling, long seed, ModuleShape.Widths widths, RetryRule retries) {

        /** A request with the widths of {@link ModuleShape#forZ} and {@value ModuleTrainer#MAX_ATTEMPTS} attempts. */
        public Request(ExplanationMethod method, int n, Hyperparameters hyperparameters, boolean crossValidate,
                int folds, SamplingPlan sampling, long seed) {
            this(method, n, hyperparameters, crossValidate, folds, sampling, seed, null,
                    RetryRule.authors(ModuleTrainer.MAX_ATTEMPTS));
        }
    }

    /**
     * One trained module and its faithfulness.
     *
     * @param version the version it was saved as, current unless it is degenerate and the class's
     *                current version is not ({@link ModuleVersions#save})
     * @param added   false when a version with the same weights was there already
     */
    public record Outcome(ExplanationMethod method, int classIndex, String className, Path module, Faithfulness train,
            Faithfulness test, Hyperparameters hyperparameters, boolean degenerate, int attempts, ModuleVersion version,
            boolean added) {
    }

    public ExplainedCnn cnn() {
        return cnn;
    }

    public Workspace workspace() {
        return workspace;
    }

    /** Extracts Z and ŷ of every image unless the workspace already has them. */
    public void ensureFeatures(TaskMonitor monitor) throws IOException {
        DatasetLabels labels = new DatasetLabels(workspace.dataset(ValidationMode.LENIENT), cnn.info().classNames());
        new FeatureExtractor(cnn, labels.imageSource(), 32).extract(labels.featureRows(), workspace.featuresDir(),
                monitor);
    }

    /** One module to train: a class and how. */
    public record Job(int classIndex, Request request) {
    }

    /**
     * Trains several modules at once, one per worker thread and each ND4J operation on one thread
     * (modules are small matrices, where a thread per job beats threads per operation), garbage
     * collected only between the jobs' steps ({@link NativeMemory#uninterrupted}); returns the
     * outcomes in the jobs' order, and {@code onDone} hears each as it ends.
     */
    public List<Outcome> trainAll(List<Job> jobs, TaskMonitor monitor, Consumer<Outcome> onDone) throws IOException {
        List<ParallelJobs.Job<Outcome>> work = jobs.stream()
                .<ParallelJobs.Job<Outcome>>map(job -> m -> NativeMemory.uninterrupted(
                        () -> train(job.classIndex(), job.request(), m))).toList();
        try (NativeThreads limit = NativeThreads.limit(1);
                NativeMemory.Suspension periodic = NativeMemory.collectOnlyBetweenSteps()) {
            return ParallelJobs.run(work, Runtime.getRuntime().availableProcessors(), monitor, onDone);
        }
    }

    public Outcome train(int classIndex, Request request, TaskMonitor monitor) throws IOException {
        if (classIndex < 0 || classIndex >= cnn.info().classCount()) {
            throw new IllegalArgumentException("class " + classIndex + " does not exist; the network has classes 0 to "
                    + (cnn.info().classCount() - 1));
        }
        ClassSampler.Split split = new ClassSampler(workspace.features()).sample(classIndex, request.sampling());
        Hyperparameters h = request.crossValidate()
                ? new CrossValidation(request.method(), request.n(), request.folds(), request.widths())
                        .choose(split.train(), request.hyperparameters(), request.seed(), monitor.stage(0, 0.6))
                : request.hyperparameters();
        ModuleTrainer.Result result = new ModuleTrainer(request.method(), request.n(), request.retries(),
                request.widths())
                .train(split.train(), h, request.seed(), judge(classIndex, request, split),
                        monitor.stage(request.crossValidate() ? 0.6 : 0, 1));
        ModuleInfo draft = info(classIndex, request, result, split, Map.of());
        ExplanationModule module = new ExplanationModule(draft, result.parameters());
        Faithfulness train = Faithfulness.of(module, split.train());
        Faithfulness test = Faithfulness.of(module, split.test());
        ModuleInfo info = info(classIndex, request, result, split, Faithfulness.record(train, test));
        ModuleVersions.Saved saved = workspace.modules().save(new ExplanationModule(info, result.parameters()));
        return new Outcome(request.method(), classIndex, info.className(), saved.version().file(), train, test,
                result.hyperparameters(), info.degenerate(), result.attempts().size(), saved.version(), saved.added());
    }

    /** What measures an attempt's locality on the training positives, where the request chooses by it. */
    private TrainingLocality judge(int classIndex, Request request, ClassSampler.Split split) {
        if (!request.retries().choosesByLocality()) {
            return null;
        }
        return TrainingLocality.of(cnn, dataset(), split.train(), p -> new ExplanationModule(
                info(classIndex, request, new ModuleTrainer.Result(p, request.hyperparameters(), List.of(), List.of()),
                        split, Map.of()), p));
    }

    /** The workspace's dataset, read once for all the modules this training judges. */
    private synchronized CubDataset dataset() {
        if (dataset == null) {
            dataset = workspace.dataset(ValidationMode.LENIENT);
        }
        return dataset;
    }

    private ModuleInfo info(int classIndex, Request request, ModuleTrainer.Result result, ClassSampler.Split split,
            Map<String, Double> faithfulness) {
        return new ModuleInfo(ModuleInfo.idOf(request.method(), classIndex), request.method(), classIndex,
                cnn.info().classNames().get(classIndex), result.parameters().shape(),
                result.hyperparameters(), request.crossValidate(), result.curves(), result.attempts(),
                split.train().imageIds(), split.test().imageIds(), cnn.info().zLayer(), cnn.info().fingerprint(),
                faithfulness, Instant.now().toString(), null, request.seed(), request.sampling());
    }

    /** Classes for {@code --random-classes K --seed S}: K distinct classes drawn reproducibly. */
    public static List<Integer> randomClasses(int classCount, int k, long seed) {
        List<Integer> all = new java.util.ArrayList<>(java.util.stream.IntStream.range(0, classCount).boxed().toList());
        java.util.Collections.shuffle(all, new java.util.Random(seed));
        return all.subList(0, Math.min(k, classCount)).stream().sorted().toList();
    }
}
