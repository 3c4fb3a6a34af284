package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.data.synth.SyntheticBirds;
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
        long cnnStart = System.nanoTime();
        DatasetTraining.Outcome cnn = trainCnn(dataset, monitor.stage(0.02, 0.6));
        figures.put("cnnSeconds", seconds(cnnStart));
        figures.put("cnnEpochs", cnn.history().size());
        figures.put("cnnTestAccuracy", cnn.test().accuracy());
        Path workspaceDir = work.resolve("workspace");
        if (!Files.exists(workspaceDir.resolve(Workspace.DESCRIPTOR))) {
            Workspace.create(workspaceDir, data, work.resolve("cnn.zip"), null);
        }
        ModuleTraining training = new ModuleTraining(Workspace.open(workspaceDir));
        training.ensureFeatures(monitor.stage(0.6, 0.65));
        long moduleStart = System.nanoTime();
        figures.put("modules", trainModules(training, dataset.classes().size(), monitor.stage(0.65, 1)));
        figures.put("moduleSeconds", seconds(moduleStart));
        copyAssets(assets, workspaceDir);
        figures.put("assetBytes", Folders.size(assets.root()));
        DemoAssets.Manifest manifest = new DemoAssets.Manifest(recipe, figures);
        assets.write(manifest);
        return manifest;
    }

    private Path synthesise(TaskMonitor monitor) throws IOException {
        Path data = work.resolve("data");
        if (!Files.exists(data.resolve("images.txt"))) {
            log.accept("generating the synthetic birds in " + data);
            SyntheticBirds.generate(data, recipe.synth(), monitor);
        }
        return data;
    }

    private DatasetTraining.Outcome trainCnn(CubDataset dataset, TaskMonitor monitor) throws IOException {
        log.accept("training the demo CNN (" + recipe.inputSize() + " px)");
        ExplainedCnn start = DatasetTraining.untrained(dataset, CnnSpec.demo(recipe.inputSize(), dataset.classes().size()),
                recipe.cnnSeed(), "xspace demo build");
        TrainingOptions options = TrainingOptions.defaults().withEpochs(recipe.epochs())
                .withValidation(0.1, recipe.patience()).withSeed(recipe.cnnSeed()).withAugmentation(Augmentation.DEFAULT);
        DatasetTraining.Outcome outcome = DatasetTraining.train(dataset, start, options, work.resolve("cnn.checkpoints"),
                monitor, e -> log.accept(String.format("epoch %d: loss %.4f, validation accuracy %.3f (%.0f s)",
                        e.epoch(), e.trainLoss(), e.validationAccuracy(), e.seconds())));
        CnnStore.save(outcome.cnn(), work.resolve("cnn.zip"));
        log.accept(String.format("demo CNN: test accuracy %.4f", outcome.test().accuracy()));
        return outcome;
    }

    private List<Map<String, Object>> trainModules(ModuleTraining training, int classes, TaskMonitor monitor)
            throws IOException {
        List<Map<String, Object>> rows = new java.util.ArrayList<>();
        int total = classes * recipe.methods().size();
        int done = 0;
        Hyperparameters h = Hyperparameters.defaults().withEpochs(recipe.moduleEpochs(),
                Hyperparameters.defaults().pretrainEpochs());
        for (ExplanationMethod method : recipe.methods()) {
            for (int c = 0; c < classes; c++) {
                TaskMonitor stage = monitor.stage((double) done / total, (double) (done + 1) / total);
                done++;
                if (Files.exists(training.modulePath(method, c))) {
                    continue;
                }
                ModuleTraining.Outcome o = training.train(c, new ModuleTraining.Request(method, recipe.n(), h, false, 3,
                        SamplingPlan.paper(recipe.moduleSeed()), recipe.moduleSeed()), stage);
                log.accept(String.format("%s class %d: Freg %.4f / %.4f, Fcls %.4f / %.4f%s", method, c, o.train().freg(),
                        o.test().freg(), o.train().fcls(), o.test().fcls(), o.degenerate() ? " (degenerate)" : ""));
                rows.add(Map.of("method", method.name(), "class", c, "fregTest", o.test().freg(), "fclsTest",
                        o.test().fcls(), "degenerate", o.degenerate(), "attempts", o.attempts()));
            }
        }
        return rows;
    }

    private void copyAssets(DemoAssets assets, Path workspaceDir) throws IOException {
        Files.createDirectories(assets.root());
        Path cnn = workspaceDir.resolve("models/cnn.zip");
        Files.copy(cnn, assets.cnn(), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(CnnStore.infoPath(cnn), CnnStore.infoPath(assets.cnn()), StandardCopyOption.REPLACE_EXISTING);
        Folders.copyTree(Workspace.open(workspaceDir).modulesDir(), assets.modules());
    }

    private static double seconds(long start) {
        return Math.round((System.nanoTime() - start) / 1e8) / 10.0;
    }
}
