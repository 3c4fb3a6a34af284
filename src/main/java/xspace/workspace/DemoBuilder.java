package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.data.synth.SyntheticBirds;
import xspace.engine.AtomicFiles;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationMethod;
import xspace.explain.Hyperparameters;
import xspace.explain.SamplingPlan;
import xspace.model.Augmentation;
import xspace.model.CnnSpec;
import xspace.model.CnnStore;
import xspace.model.DatasetTraining;
import xspace.model.ExplainedCnn;
import xspace.model.TrainingOptions;

/**
 * Builds the demo from its recipe in a work folder (dataset, CNN with checkpoints, workspace,
 * features, modules) and copies what the application needs into the assets. Every stage resumes:
 * an interrupted build picks up where it stopped.
 */
public final class DemoBuilder {

    /** Z units sampled for the Z column of Table 1, as `xspace evaluate` does by default. */
    private static final int EVALUATION_Z_UNITS = 20;

    private final DemoRecipe recipe;
    private final Path work;
    private final Consumer<String> log;

    public DemoBuilder(DemoRecipe recipe, Path work, Consumer<String> log) {
        this.recipe = recipe;
        this.work = work;
        this.log = log;
    }

    public DemoAssets.Manifest build(DemoAssets assets, TaskMonitor monitor) throws IOException {
        Map<String, Object> figures = new LinkedHashMap<>();
        long start = System.nanoTime();
        Path data = synthesise(monitor.stage(0, 0.02));
        figures.put("datasetSeconds", seconds(start));
        CubDataset dataset = CubReader.read(data, ValidationMode.STRICT);
        if (Files.exists(work.resolve("cnn.zip"))) {
            carryCnnFigures(assets, figures);
        } else if (!reuseBundledCnn(assets, figures)) {
            long cnnStart = System.nanoTime();
            DatasetTraining.Outcome cnn = trainCnn(dataset, monitor.stage(0.02, 0.6), figures);
            figures.put("cnnSeconds", seconds(cnnStart));
            figures.put("cnnTestAccuracy", cnn.test().accuracy());
        }
        Path workspaceDir = work.resolve("workspace");
        if (!Files.exists(workspaceDir.resolve(Workspace.DESCRIPTOR))) {
            Workspace.create(workspaceDir, data, work.resolve("cnn.zip"), null);
        }
        ModuleTraining training = new ModuleTraining(Workspace.open(workspaceDir));
        training.ensureFeatures(monitor.stage(0.6, 0.65));
        publish(assets, workspaceDir, figures);
        long moduleStart = System.nanoTime();
        double earlier = assets.exists() && recipe.makesTheSameAs(assets.read().recipe())
                ? ((Number) assets.read().figures().getOrDefault("moduleSeconds", 0.0)).doubleValue() : 0;
        trainModules(training, dataset.classes().size(), monitor.stage(0.65, 0.85), () -> {
            figures.put("moduleSeconds", earlier + seconds(moduleStart));
            publish(assets, workspaceDir, figures);
        });
        evaluate(Workspace.open(workspaceDir), dataset.classes().size(), monitor.stage(0.85, 1), figures);
        return publish(assets, workspaceDir, figures);
    }

    /** The paper's Tables 1 and 2 over every species, with the modules' own sampling seed. */
    private void evaluate(Workspace workspace, int classes, TaskMonitor monitor, Map<String, Object> figures)
            throws IOException {
        log.accept("evaluating every species (Tables 1 and 2)");
        long start = System.nanoTime();
        Path out = workspace.evaluationDir();
        Hyperparameters h = recipe.moduleHyperparameters();
        new EvaluationRun(workspace, out).run(new EvaluationRun.Request(recipe.methods(),
                java.util.stream.IntStream.range(0, classes).boxed().toList(), recipe.n(), EVALUATION_Z_UNITS,
                recipe.moduleSeed(), h), monitor);
        figures.put("evaluationSeconds", seconds(start));
    }

    /** The figures of a network trained earlier in this work folder, as the assets recorded them. */
    private void carryCnnFigures(DemoAssets assets, Map<String, Object> figures) throws IOException {
        if (assets.exists() && recipe.makesTheSameNetworkAs(assets.read().recipe())) {
            assets.read().figures().forEach((key, value) -> {
                if (key.startsWith("cnn")) {
                    figures.put(key, value);
                }
            });
        }
    }

    /** One manifest row per module in the workspace, read from the module's own description. */
    private static List<Map<String, Object>> moduleRows(Workspace workspace) throws IOException {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        if (!Files.isDirectory(workspace.modulesDir())) {
            return rows;
        }
        try (var files = Files.walk(workspace.modulesDir())) {
            for (Path zip : files.filter(f -> f.toString().endsWith(".zip")).sorted().toList()) {
                xspace.explain.ModuleInfo info = xspace.explain.ModuleStore.readInfo(zip);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("method", info.method().name());
                row.put("class", info.classIndex());
                row.put("fregTest", info.faithfulness(xspace.explain.ModuleInfo.FREG_TEST));
                row.put("fclsTest", info.faithfulness(xspace.explain.ModuleInfo.FCLS_TEST));
                row.put("degenerate", info.degenerate());
                row.put("attempts", info.attempts().size());
                rows.add(row);
            }
        }
        return rows;
    }

    /**
     * Copies the network and the modules finished so far into the assets with an up-to-date
     * manifest, so that an interrupted build leaves usable assets (complete classes first).
     */
    private DemoAssets.Manifest publish(DemoAssets assets, Path workspaceDir, Map<String, Object> figures) {
        try {
            copyAssets(assets, workspaceDir);
            figures.put("modules", moduleRows(Workspace.open(workspaceDir)));
            figures.put("assetBytes", Folders.size(assets.root()));
            DemoAssets.Manifest manifest = new DemoAssets.Manifest(recipe, figures);
            assets.write(manifest);
            return manifest;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Continues a build whose network is already in the assets (built on the same birds in the same way): the
     * network is taken as it is and only the missing modules are trained.
     */
    private boolean reuseBundledCnn(DemoAssets assets, Map<String, Object> figures) throws IOException {
        if (!assets.exists() || !recipe.makesTheSameNetworkAs(assets.read().recipe())) {
            return false;
        }
        Files.createDirectories(work);
        AtomicFiles.copy(assets.cnn(), work.resolve("cnn.zip"));
        AtomicFiles.copy(CnnStore.infoPath(assets.cnn()), CnnStore.infoPath(work.resolve("cnn.zip")));
        assets.read().figures().forEach((key, value) -> {
            if (key.startsWith("cnn")) {
                figures.put(key, value);
            }
        });
        log.accept("using the demo CNN already in " + assets.root());
        return true;
    }

    private Path synthesise(TaskMonitor monitor) throws IOException {
        Path data = work.resolve("data");
        if (!Files.exists(data.resolve("images.txt"))) {
            log.accept("generating the synthetic birds in " + data);
            SyntheticBirds.generate(data, recipe.synth(), monitor);
        }
        return data;
    }

    private DatasetTraining.Outcome trainCnn(CubDataset dataset, TaskMonitor monitor, Map<String, Object> figures)
            throws IOException {
        List<Integer> epochsRun = new java.util.ArrayList<>();
        figures.put("cnnEpochs", epochsRun);
        ExplainedCnn network = DatasetTraining.untrained(dataset, CnnSpec.demo(recipe.inputSize(),
                dataset.classes().size()), recipe.cnnSeed(), "xspace demo build");
        DatasetTraining.Outcome outcome = null;
        List<DemoRecipe.CnnStage> stages = recipe.cnnStages();
        for (int i = 0; i < stages.size(); i++) {
            DemoRecipe.CnnStage stage = stages.get(i);
            log.accept(String.format("training the demo CNN (%d px), stage %d of %d: learning rate %g", recipe.inputSize(),
                    i + 1, stages.size(), stage.learningRate()));
            TrainingOptions options = TrainingOptions.defaults().withEpochs(stage.epochs())
                    .withLearningRate(stage.learningRate()).withValidation(0.1, stage.patience())
                    .withSeed(recipe.cnnSeed()).withAugmentation(Augmentation.DEFAULT);
            outcome = DatasetTraining.train(dataset, network, options, work.resolve("cnn.checkpoints/stage-" + (i + 1)),
                    monitor.stage((double) i / stages.size(), (i + 1.0) / stages.size()), e -> log.accept(String.format(
                            "epoch %d: loss %.4f, validation accuracy %.3f (%.0f s)", e.epoch(), e.trainLoss(),
                            e.validationAccuracy(), e.seconds())));
            network = DatasetTraining.continued(dataset, outcome.cnn(), "xspace demo build");
            epochsRun.add(outcome.history().size());
            log.accept(String.format("demo CNN after stage %d: test accuracy %.4f", i + 1, outcome.test().accuracy()));
        }
        CnnStore.save(network, work.resolve("cnn.zip"));
        return outcome;
    }

    /**
     * The missing modules, class by class (every method of a class before the next class), trained
     * in parallel; a partial build has whole classes but for the few in flight.
     */
    private void trainModules(ModuleTraining training, int classes, TaskMonitor monitor, Runnable afterEach)
            throws IOException {
        Hyperparameters h = recipe.moduleHyperparameters();
        List<ModuleTraining.Job> jobs = new java.util.ArrayList<>();
        for (int c = 0; c < classes; c++) {
            for (ExplanationMethod method : recipe.methods()) {
                if (training.workspace().modules().current(method, c).isEmpty()) {
                    jobs.add(new ModuleTraining.Job(c, new ModuleTraining.Request(method, recipe.n(), h, false, 3,
                            SamplingPlan.paper(recipe.moduleSeed()), recipe.moduleSeed(), null,
                            recipe.moduleRetries())));
                }
            }
        }
        training.trainAll(jobs, monitor, o -> {
            log.accept(String.format("%s class %d: Freg %.4f / %.4f, Fcls %.4f / %.4f%s", o.method(), o.classIndex(),
                    o.train().freg(), o.test().freg(), o.train().fcls(), o.test().fcls(),
                    o.degenerate() ? " (degenerate)" : ""));
            afterEach.run();
        });
    }

    private void copyAssets(DemoAssets assets, Path workspaceDir) throws IOException {
        Files.createDirectories(assets.root());
        Path cnn = workspaceDir.resolve("models/cnn.zip");
        AtomicFiles.copy(cnn, assets.cnn());
        AtomicFiles.copy(CnnStore.infoPath(cnn), CnnStore.infoPath(assets.cnn()));
        ShippedModules.copy(Workspace.open(workspaceDir), assets.modules());
        Path evaluation = Workspace.open(workspaceDir).evaluationDir();
        if (Files.exists(evaluation.resolve(EvaluationFiles.TABLE1_CSV))) {
            Folders.copyTree(evaluation, assets.evaluation());
        }
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
    }
}
