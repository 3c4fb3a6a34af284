package xspace.cli;

import picocli.CommandLine.Command;

/** {@code xspace explain}: explanation modules of a workspace and their versions. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Train explanation modules, list their versions, choose one, carry names between them.",
        subcommands = {ExplainTrainCommand.class, ExplainVersionsCommand.class, ExplainUseCommand.class,
            ExplainCarryNamesCommand.class, ExplainExportRowsCommand.class})
public final class ExplainCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
