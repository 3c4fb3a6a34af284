package xspace.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import xspace.workspace.ModuleVersion;
import xspace.workspace.ModuleVersions;

/** {@code xspace explain use}: chooses which version of a class's module the application and commands use. */
// no mixinStandardHelpOptions: its -V/--version would take the place of this command's --version
@Command(name = "use",
        description = "Make a version of a class's module the current one (the one the application shows, and"
                + " heatmaps and evaluate use). Names and votes stay with the version they were given to.")
public final class ExplainUseCommand implements Callable<Integer> {

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help message and exit.")
    boolean help;

    @Mixin
    ClassModuleOptions module;

    @Parameters(paramLabel = "VERSION", arity = "0..1", description = "v2, or the version's fingerprint (or its first"
            + " 6 or more digits), as 'xspace explain versions' lists them.")
    String version;

    @Option(names = "--version", paramLabel = "VERSION", description = "The same as VERSION, given as an option.")
    String versionOption;

    @Override
    public Integer call() throws Exception {
        if ((version == null) == (versionOption == null)) {
            throw new IllegalArgumentException(version == null ? "which version? give it as VERSION or --version"
                    + " VERSION, e.g. v2 ('xspace explain versions' lists them)"
                    : "the version is given twice (" + version + " and --version " + versionOption + "): give one");
        }
        String chosenVersion = version != null ? version : versionOption;
        ModuleVersions modules = module.open().modules();
        ModuleVersion chosen = modules.find(chosenVersion, module.method(), module.classIndex);
        modules.use(chosen);
        System.out.printf("%s class %d now uses %s (%s)%n", chosen.method(), module.classIndex, chosen.label(), chosen.id());
        return 0;
    }
}
