package xspace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import xspace.workspace.ModuleVersion;
import xspace.workspace.ModuleVersions;
import xspace.workspace.Workspace;

/** {@code xspace explain use}: chooses which version of a class's module the application and commands use. */
@Command(name = "use", mixinStandardHelpOptions = true,
        description = "Make a version of a class's module the current one (the one the application shows, and"
                + " heatmaps and evaluate use). Names and votes stay with the version they were given to.")
public final class ExplainUseCommand implements Callable<Integer> {

    @Mixin
    ClassModuleOptions module;

    @Parameters(paramLabel = "VERSION", description = "v2, or the version's fingerprint (or its first 6 or more"
            + " digits), as 'xspace explain versions' lists them.")
    String version;

    @Override
    public Integer call() throws Exception {
        ModuleVersions modules = Workspace.open(module.workspace).modules();
        ModuleVersion chosen = modules.find(version, module.method(), module.classIndex);
        modules.use(chosen);
        System.out.printf("%s class %d now uses %s (%s)%n", chosen.method(), module.classIndex, chosen.label(), chosen.id());
        return 0;
    }
}
