package xspace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code xspace dataset ...}: jobs on a dataset in the CUB-200-2011 layout. */
@Command(name = "dataset",
        mixinStandardHelpOptions = true,
        description = "Inspects a dataset in the CUB-200-2011 layout.",
        subcommands = {DatasetInfoCommand.class})
public final class DatasetCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
