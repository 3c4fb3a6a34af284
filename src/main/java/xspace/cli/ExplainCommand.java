package xspace.cli;

import picocli.CommandLine.Command;

/** {@code xspace explain train}: explanation modules for classes of a workspace. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Train explanation modules.",
        subcommands = ExplainTrainCommand.class)
public final class ExplainCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
