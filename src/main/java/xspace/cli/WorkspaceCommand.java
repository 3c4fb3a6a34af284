package xspace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.model.CnnStore;
import xspace.model.InputPreprocessing;
import xspace.workspace.Workspace;

/** {@code xspace workspace create}: a folder that ties a dataset, a network and its Z layer together. */
@Command(name = "workspace", mixinStandardHelpOptions = true, description = "Create workspaces.",
        subcommands = WorkspaceCommand.Create.class)
public final class WorkspaceCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create a workspace for a CUB-layout dataset and a trained network.")
    static final class Create implements Callable<Integer> {

        @Parameters(index = "0", description = "The workspace folder to create.")
        Path folder;

        @Option(names = "--data", required = true, description = "CUB-layout dataset folder.")
        Path data;

        @Option(names = "--model", required = true, description = "Model zip (copied into the workspace).")
        Path model;

        @Option(names = "--z-layer", description = "Layer to explain (default: the model's Z layer, fc6).")
        String zLayer;

        @Override
        public Integer call() throws Exception {
            Workspace.requireNewFolder(folder, data);
            CnnStore.check(model);
            CubDataset dataset = CubReader.read(data, ValidationMode.LENIENT);
            DatasetProblemsWarning.print(dataset, data, System.err);
            Workspace workspace = Workspace.create(folder, dataset, model, zLayer, false);
            System.out.println("created workspace " + folder + " (Z layer " + workspace.descriptor().zLayer()
                    + ", input " + InputPreprocessing.describe(workspace.cnnInfo().normalisation()) + ")");
            return 0;
        }
    }
}
