package xspace.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.engine.BackendReport;
import xspace.explain.ExplanationMethod;
import xspace.explain.Hyperparameters;
import xspace.workspace.ClassResult;
import xspace.workspace.EvaluationFiles;
import xspace.workspace.EvaluationRun;
import xspace.workspace.Workspace;

/** {@code xspace evaluate}: the paper's Tables 1 and 2 for a workspace. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure explanation modules (faithfulness, orthogonality, locality, masking) and write the"
                + " paper's Tables 1 and 2; trains missing modules, resumes after interruption.")
public final class EvaluateCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, description = "Workspace folder.")
    Path workspace;

    @Option(names = "--methods", defaultValue = "srae,nn,sae", description = "Methods (default: ${DEFAULT-VALUE}).")
    String methods;

    @ArgGroup(exclusive = true, multiplicity = "1")
    ClassSelection classes;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the classes, samples and Z units.")
    long seed;

    @Option(names = "--n", defaultValue = "5", converter = Ranges.Positive.class, description = "x-features of modules trained here (default: ${DEFAULT-VALUE}).")
    int n;

    @Option(names = "--z-units", defaultValue = "20", converter = Ranges.Positive.class, description = "Z units sampled for the Z column (default: ${DEFAULT-VALUE}).")
    int zUnits;

    @Option(names = "--epochs", converter = Ranges.Positive.class, description = "Joint training epochs of modules trained here (default: 60).")
    Integer epochs;

    @Option(names = "--out", required = true, description = "Folder for the tables, per-class results and results.json.")
    Path out;

    @Override
    public Integer call() throws Exception {
        System.err.println("xspace: " + BackendReport.current());
        Workspace ws = Workspace.open(workspace);
        int classCount = ws.cnnInfo().classCount();
        List<Integer> chosen = classes.resolve(classCount, seed);
        List<ExplanationMethod> chosenMethods = Arrays.stream(methods.split(",")).map(ExplanationMethod::parse).toList();
        Hyperparameters h = epochs == null ? Hyperparameters.defaults()
                : Hyperparameters.builder().epochs(epochs).build();
        List<ClassResult> results = new EvaluationRun(ws, out).run(new EvaluationRun.Request(chosenMethods, chosen, n,
                zUnits, seed, h), new ConsoleProgress(System.err));
        System.out.println(Files.readString(out.resolve(EvaluationFiles.TABLE1_MD)));
        System.out.println(Files.readString(out.resolve(EvaluationFiles.TABLE2_MD)));
        System.out.println(results.size() + " classes; per-class results in "
                + out.resolve(EvaluationFiles.PER_CLASS_CSV));
        return 0;
    }
}
