package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every command answers {@code --help} and {@code -h} with its usage and exit 0, as the README
 * promises: a command's own option named like a standard one once took its help away.
 */
class EveryCommandHelpTest {

    static Stream<String> commands() {
        List<String> paths = new ArrayList<>();
        collect(XSpaceCommand.commandLine(), "", paths);
        return paths.stream();
    }

    private static void collect(CommandLine command, String prefix, List<String> paths) {
        command.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return;
            }
            String path = (prefix + " " + name).strip();
            paths.add(path);
            collect(sub, path, paths);
        });
    }

    @ParameterizedTest
    @MethodSource("commands")
    void answersHelp(String command) {
        for (String option : List.of("--help", "-h")) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")));
            args.add(option);
            CommandRun run = CommandRun.of(args.toArray());
            assertThat(run.exitCode()).as("%s %s: %s", command, option, run.err()).isZero();
            assertThat(run.out()).as(command + " " + option).contains("Usage: xspace " + command);
        }
    }

    @Test
    void theWalkReachesNestedCommands() {
        assertThat(commands()).contains("heatmaps", "explain use", "votes import", "synth sheet");
    }
}
