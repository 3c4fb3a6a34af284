package xspace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.engine.BackendReport;
import xspace.workspace.DemoAssets;
import xspace.workspace.DemoBuilder;
import xspace.workspace.DemoInstaller;
import xspace.workspace.DemoRecipe;
import xspace.workspace.Workspace;

/** {@code xspace demo build|install}: the bundled demo workspace. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Build or install the demo workspace.",
        subcommands = {DemoCommand.Build.class, DemoCommand.Install.class})
public final class DemoCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Build the demo from its fixed recipe: synthetic birds, the demo CNN and the SRAE, NN and SAE"
                    + " modules of every species; writes assets/demo. Resumes when interrupted.")
    static final class Build implements Callable<Integer> {

        @Option(names = "--assets", defaultValue = "assets", description = "Assets folder (default: ${DEFAULT-VALUE}).")
        Path assets;

        @Option(names = "--work", defaultValue = "target/demo-build",
                description = "Work folder for the dataset, checkpoints and workspace (default: ${DEFAULT-VALUE}).")
        Path work;

        @Override
        public Integer call() throws Exception {
            System.err.println("xspace: " + BackendReport.current());
            DemoAssets target = new DemoAssets(assets.resolve("demo"));
            DemoAssets.Manifest manifest = new DemoBuilder(DemoRecipe.standard(), work, System.err::println)
                    .build(target, new ConsoleProgress(System.err));
            System.out.println("demo assets in " + target.root() + ": " + Json.pretty(manifest.figures()));
            return 0;
        }
    }

    @Command(name = "install", mixinStandardHelpOptions = true,
            description = "Turn the demo assets into a workspace (what the application does on first start).")
    static final class Install implements Callable<Integer> {

        @Option(names = "--target", description = "Folder to install into: new, empty or an earlier install of the"
                + " demo; a folder holding other files is refused (default: the user's XSpace folder/demo).")
        Path target;

        @Option(names = "--assets", description = "Assets folder holding demo/ (default: assets/ of the working folder,"
                + " else the one beside xspace.jar).")
        Path assets;

        @Override
        public Integer call() throws Exception {
            Path folder = target != null ? target : DemoInstaller.userDataFolder().resolve("demo");
            DemoAssets from = assets != null ? new DemoAssets(assets.resolve("demo")) : DemoAssets.locate();
            Workspace workspace = DemoInstaller.install(from, folder, target == null, new ConsoleProgress(System.err));
            System.out.println("demo workspace ready: " + workspace.root());
            return 0;
        }
    }
}
