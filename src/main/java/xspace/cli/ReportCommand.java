package xspace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import xspace.attribution.Colormap;
import xspace.explain.ExplanationModule;
import xspace.workspace.WorkspaceException;
import xspace.workspace.WorkspaceOutput;
import xspace.workspace.session.ClassReport;
import xspace.workspace.session.WorkspaceSession;

/** The HTML report of a class's current module, as File ▸ Export HTML report writes it in the application. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the HTML report of a class's current explanation module into DIR/report-MODULE:"
            + " its x-features with names and tallies, and their heatmaps on positive test images."})
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    ClassModuleOptions module;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder the report folder is written in.")
    Path out;

    @Option(names = "--layer", description = "Layer the heatmaps are read at (default: the network's heatmap layer).")
    String layer;

    @Option(names = "--colormap", defaultValue = "jet", description = "jet or viridis (default: ${DEFAULT-VALUE}).")
    String colormap;

    @Override
    public Integer call() throws Exception {
        Colormap map = Colormap.parse(colormap);
        module.open(); // before the session reads the workspace, which takes a while
        WorkspaceOutput.checkOutsideAny(out, "the report");
        ConsoleProgress progress = new ConsoleProgress(System.err);
        try (WorkspaceSession session = WorkspaceSession.open(module.workspace, progress)) {
            ExplanationModule explained = session.modules().module(module.method(), module.classIndex)
                    .orElseThrow(() -> new WorkspaceException("the workspace has no " + module.method()
                            + " module of class " + module.classIndex + " (train one with xspace explain train)"));
            Path folder = out.resolve("report-" + explained.info().id());
            Path page = ClassReport.write(session, explained, layer, map, folder, progress);
            spec.commandLine().getOut().println("wrote " + page);
            spec.commandLine().getOut().flush();
        }
        return 0;
    }
}
