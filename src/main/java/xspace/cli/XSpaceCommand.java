package xspace.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The root command: {@code xspace COMMAND ...}; each job is a subcommand with its own help. */
@Command(name = "xspace",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "Explains what a trained image classifier has learned (explanation modules, SRAE).",
        subcommands = {
            CommandLine.HelpCommand.class,
            SynthCommand.class,
            DatasetCommand.class,
            CnnCommand.class,
            WorkspaceCommand.class,
            FeaturesCommand.class,
            ExplainCommand.class,
            HeatmapsCommand.class,
            CacheCommand.class,
            EvaluateCommand.class,
            VotesCommand.class,
            ReportCommand.class,
            DemoCommand.class,
            BenchCommand.class,
        })
public final class XSpaceCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Runs the command line and returns the exit code; errors of the project are one clear line. */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** Whether the word names a command (or a help option) rather than, say, a folder to open. */
    public static boolean isCommandName(String word) {
        return word.startsWith("-") || commandLine().getSubcommands().containsKey(word);
    }

    /**
     * The configured command line, for callers that direct its output elsewhere (tests, the app's
     * console) with {@code setOut} and {@code setErr}.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new XSpaceCommand());
        withoutVersionOption(cli);
        // every other value is typed in lower case, so an enum's is too (--optimizer adam)
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(new RepeatedOptionText(cli.getParameterExceptionHandler()));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            commandLine.getErr().println("error: " + ErrorText.of(ex));
            if (Boolean.getBoolean("xspace.debug")) {
                ex.printStackTrace(commandLine.getErr());
            }
            return 2;
        });
        return cli;
    }

    /**
     * Takes {@code -V/--version} of mixinStandardHelpOptions off every subcommand: they have no
     * version of their own, so it printed nothing and exited 0, swallowing a user's
     * {@code --version v2} meant for {@code explain use}. Only {@code xspace --version} prints the
     * version; on a subcommand it is an unknown option, or that command's own {@code --version}.
     */
    private static void withoutVersionOption(CommandLine command) {
        for (CommandLine sub : command.getSubcommands().values()) {
            CommandLine.Model.CommandSpec spec = sub.getCommandSpec();
            spec.options().stream().filter(CommandLine.Model.OptionSpec::versionHelp).toList().forEach(spec::remove);
            withoutVersionOption(sub);
        }
    }
}
