package xspace.cli;

import picocli.CommandLine.Command;

/** {@code xspace cnn train|eval|import}: the network that XSpace explains. */
@Command(name = "cnn", mixinStandardHelpOptions = true,
        description = "Train, evaluate or import the network to explain.",
        subcommands = {CnnTrainCommand.class, CnnEvalCommand.class, CnnImportCommand.class})
public final class CnnCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
