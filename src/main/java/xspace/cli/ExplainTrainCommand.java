package xspace.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.engine.BackendReport;
import xspace.explain.ExplanationMethod;
import xspace.explain.Hyperparameters;
import xspace.explain.ModuleShape;
import xspace.explain.RetryRule;
import xspace.explain.SamplingPlan;
import xspace.workspace.ModuleTraining;
import xspace.workspace.Workspace;

/** {@code xspace explain train}: trains SRAE, NN or SAE modules for one or more classes. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train explanation modules (one per class) on a workspace's features.")
public final class ExplainTrainCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, description = "Workspace folder.")
    Path workspace;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ClassSelection classes;

    @Option(names = "--method", defaultValue = "srae", description = "srae, nn or sae (default: ${DEFAULT-VALUE}).")
    String method;

    @Option(names = "--n", defaultValue = "5", converter = Ranges.Positive.class, description = "Number of x-features (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--cv", description = "Choose β, q and λ by k-fold cross-validation on the training sample.")
    boolean crossValidate;

    @Option(names = "--folds", defaultValue = "3", converter = Ranges.Folds.class, description = "Folds of --cv (default: ${DEFAULT-VALUE}).")
    int folds;

    @Option(names = "--epochs", converter = Ranges.Positive.class, description = "Joint training epochs (default: 60).")
    Integer epochs;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of sampling, class choice and training.")
    long seed;

    @ArgGroup(exclusive = false, heading = "Training settings (default: those of docs/explanation-modules.md)%n")
    TrainingOptions settings = new TrainingOptions();

    @Option(names = "--json", description = "Print per class the module path, Freg/Fcls and hyperparameters as JSON.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        // settings are checked before the workspace is opened and its features extracted
        RetryRule retries = settings.retries();
        ModuleShape.Widths widths = settings.widths();
        System.err.println("xspace: " + BackendReport.current());
        ModuleTraining training = new ModuleTraining(Workspace.open(workspace));
        ExplanationMethod chosen = ExplanationMethod.parse(method);
        List<Integer> targets = classes.resolve(training.cnn().info().classCount(), seed);
        ConsoleProgress progress = new ConsoleProgress(System.err);
        training.ensureFeatures(progress.stage(0, 0.05));
        Hyperparameters.Builder chosenSettings = Hyperparameters.builder();
        if (epochs != null) {
            chosenSettings.epochs(epochs);
        }
        Hyperparameters h = settings.apply(chosenSettings).build();
        ModuleTraining.Request request = new ModuleTraining.Request(chosen, n, h, crossValidate, folds,
                SamplingPlan.paper(seed), seed, widths, retries);
        List<ModuleTraining.Job> jobs = targets.stream().map(c -> new ModuleTraining.Job(c, request)).toList();
        List<ModuleTraining.Outcome> outcomes = training.trainAll(jobs, progress.stage(0.05, 1), outcome -> {
            if (!json) {
                System.out.printf("%s class %d (%s): Freg %.4f train / %.4f test, Fcls %.4f / %.4f%s -> %s, %s%n",
                        chosen, outcome.classIndex(), outcome.className(), outcome.train().freg(),
                        outcome.test().freg(), outcome.train().fcls(), outcome.test().fcls(),
                        outcome.degenerate() ? " (degenerate)" : "", outcome.module(), versionNote(outcome));
            }
        });
        if (json) {
            System.out.println(Json.pretty(outcomes.stream().map(o -> new Summary(o.classIndex(), o.className(),
                    o.module().toString(), o.version().id(), o.version().number(), o.added(), o.version().current(),
                    o.train().freg(),
                    o.test().freg(), o.train().fcls(), o.test().fcls(), o.degenerate(), o.attempts(),
                    o.hyperparameters())).toList()));
        } else {
            if (outcomes.stream().anyMatch(ModuleTraining.Outcome::degenerate)) {
                System.out.println("degenerate: on the class's own images fewer than two x-features contribute"
                        + " (or the second less than 0.3 of the first), so its explanations rest on one x-feature;"
                        + " no attempt was acceptable. More --epochs, another --seed or more --attempts may do better"
                        + " ('xspace explain versions' lists the versions, 'xspace explain use' picks one)");
            }
            if (outcomes.stream().anyMatch(o -> o.version().number() > 1)) {
                System.out.println("names and votes stay on the version they were given to; 'xspace explain versions'"
                        + " lists them, 'xspace explain carry-names' carries names to the new version");
            }
        }
        return 0;
    }

    private String versionNote(ModuleTraining.Outcome o) {
        String version = o.added() ? o.version().label() : "the same weights as " + o.version().label();
        return version + (o.version().current() ? " (now current)" : " (kept beside the current version, which is not"
                + " degenerate: 'xspace explain use --workspace " + workspace + " --class " + o.classIndex() + " --method " + o.method() + " "
                + o.version().label() + "' makes it current)");
    }

    /**
     * @param version       the id names and votes of this module are keyed by
     * @param versionNumber its number among the class's versions
     * @param added         false when the same weights were there as an earlier version
     * @param current       false when it is degenerate and the class's current version, not degenerate, stays
     */
    record Summary(int classIndex, String className, String module, String version, int versionNumber, boolean added,
            boolean current,
            double fregTrain, double fregTest, double fclsTrain, double fclsTest, boolean degenerate, int attempts,
            Hyperparameters hyperparameters) {
    }
}
