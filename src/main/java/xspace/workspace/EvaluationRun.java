package xspace.workspace;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import xspace.attribution.HeatmapCache;
import xspace.data.BirdImage;
import xspace.data.CubDataset;
import xspace.data.JsonProblem;
import xspace.data.ValidationMode;
import xspace.engine.AtomicFiles;
import xspace.engine.TaskMonitor;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.Hyperparameters;
import xspace.explain.ModuleStore;
import xspace.explain.SamplingPlan;
import xspace.model.DatasetLabels;
import xspace.model.ExplainedCnn;

/**
 * The paper's evaluation on a workspace: for every chosen class, trains the modules that are
 * missing (reusing those that exist), measures each class and keeps its result in
 * {@code OUT/classes/class-NNN.json} as soon as it is done, with the module versions it measured,
 * so an interrupted run resumes with the next class (and a class whose modules were retrained since
 * is measured again); then writes the tables ({@link EvaluationFiles}).
 */
public final class EvaluationRun {

    static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();

    private final Workspace workspace;
    private final Path out;

    public EvaluationRun(Workspace workspace, Path out) {
        this.workspace = workspace;
        this.out = out;
    }

    /**
     * @param zUnits how many Z units (a seeded sample, the same for every class) stand for the Z column
     */
    public record Request(List<ExplanationMethod> methods, List<Integer> classes, int n, int zUnits, long seed,
            Hyperparameters hyperparameters) {
    }

    /** Evaluates into the output folder: a new or empty one, or one of a run with the same settings, which it resumes. */
    public List<ClassResult> run(Request request, TaskMonitor monitor) throws IOException {
        EvaluationFolder.claim(out, request);
        ModuleTraining training = new ModuleTraining(workspace);
        training.ensureFeatures(monitor.stage(0, 0.05));
        ExplainedCnn cnn = training.cnn();
        CubDataset dataset = workspace.dataset(ValidationMode.LENIENT);
        DatasetLabels labels = new DatasetLabels(dataset, cnn.info().classNames());
        ClassEvaluator evaluator = new ClassEvaluator(cnn, dataset, new HeatmapCache(workspace.heatmapCacheDir()),
                zSample(cnn.zSize(), request.zUnits(), request.seed()), workspace.features());
        trainMissing(training, request, monitor.stage(0.05, 0.5));
        List<ClassResult> results = new ArrayList<>();
        int total = request.classes().size();
        for (int i = 0; i < total; i++) {
            int classIndex = request.classes().get(i);
            TaskMonitor stage = monitor.stage(0.5 + 0.5 * i / total, 0.5 + 0.5 * (i + 1) / total);
            Path file = resultFile(classIndex);
            Map<String, String> versions = new java.util.TreeMap<>();
            ModuleVersions current = workspace.modules();
            request.methods().forEach(m -> versions.put(m.name(), current.requireCurrent(m, classIndex).id()));
            Optional<ClassResult> finished = finished(file, versions);
            if (finished.isPresent()) {
                results.add(finished.get());
                continue;
            }
            Map<String, ExplanationModule> modules = modules(training, classIndex, request);
            List<BirdImage> positives = positives(modules.values().iterator().next(), dataset, labels, classIndex);
            ClassResult result = evaluator.evaluate(classIndex, modules, positives, stage).withVersions(versions);
            write(file, GSON.toJson(result));
            results.add(result);
        }
        new EvaluationTables(results, request.methods()).writeAll(out);
        write(out.resolve(EvaluationFiles.RESULTS_JSON), GSON.toJson(Map.of("request", request, "classes", results)));
        return results;
    }

    /**
     * The class's result of an earlier run, if it measured the versions now current (a result of an
     * earlier release, which did not record them, is taken as it is).
     */
    private static Optional<ClassResult> finished(Path file, Map<String, String> versions) throws IOException {
        return read(file).filter(result -> result.versions() == null || result.versions().equals(versions));
    }

    /** The result of one class kept in an evaluation's output folder {@code out}, if it has one. */
    public static Optional<ClassResult> classResult(Path out, int classIndex) throws IOException {
        return read(EvaluationFiles.classResult(out, classIndex));
    }

    private static Optional<ClassResult> read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8), ClassResult.class));
        } catch (com.google.gson.JsonParseException e) {
            throw new IOException(file + ": not a class result of xspace evaluate (" + JsonProblem.reason(e) + ")", e);
        }
    }

    /** Trains, in parallel, the modules of the classes still to evaluate that the workspace lacks. */
    private void trainMissing(ModuleTraining training, Request request, TaskMonitor monitor) throws IOException {
        List<ModuleTraining.Job> jobs = new ArrayList<>();
        for (int classIndex : request.classes()) {
            if (Files.exists(resultFile(classIndex))) {
                continue;
            }
            for (ExplanationMethod method : request.methods()) {
                if (workspace.modules().current(method, classIndex).isEmpty()) {
                    jobs.add(new ModuleTraining.Job(classIndex, new ModuleTraining.Request(method, request.n(),
                            request.hyperparameters(), false, 3, SamplingPlan.paper(request.seed()), request.seed())));
                }
            }
        }
        training.trainAll(jobs, monitor, outcome -> {
        });
    }

    private Map<String, ExplanationModule> modules(ModuleTraining training, int classIndex, Request request)
            throws IOException {
        Map<String, ExplanationModule> modules = new LinkedHashMap<>();
        for (ExplanationMethod method : request.methods()) {
            ModuleVersion current = workspace.modules().requireCurrent(method, classIndex);
            modules.put(method.name(), ModuleStore.load(current.file(), training.cnn().info()));
        }
        return modules;
    }

    /** The module's positive test images: the paper's 8 to 10 per class. */
    private static List<BirdImage> positives(ExplanationModule module, CubDataset dataset, DatasetLabels labels,
            int classIndex) {
        List<BirdImage> positives = new ArrayList<>();
        for (int id : module.info().testImageIds()) {
            BirdImage image = dataset.image(id);
            if (image != null && labels.label(image) == classIndex) {
                positives.add(image);
            }
        }
        return positives;
    }

    private Path resultFile(int classIndex) {
        return EvaluationFiles.classResult(out, classIndex);
    }

    static List<Integer> zSample(int zSize, int count, long seed) {
        List<Integer> all = new ArrayList<>(java.util.stream.IntStream.range(0, zSize).boxed().toList());
        java.util.Collections.shuffle(all, new Random(seed));
        return all.subList(0, Math.min(count, zSize)).stream().sorted().toList();
    }

    static void write(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
    }
}
