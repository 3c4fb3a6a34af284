package xspace.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import xspace.data.CubDataset;
import xspace.data.CubReader;
import xspace.data.ImageCheck;
import xspace.data.ValidationMode;

/**
 * {@code xspace dataset info DIR}: reads a dataset leniently and reports what it holds and every
 * problem found. {@code --strict} also decodes every image (a truncated file passes a header
 * check) and turns any problem into exit code 1, for scripts that must not go on with a damaged
 * dataset.
 */
@Command(name = "info",
        mixinStandardHelpOptions = true,
        description = "Summarises a CUB-layout dataset and lists the problems found in it.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:the dataset was read (problems, if any, are reported)",
            "1:--strict and the dataset has problems",
            "2:the folder is not a readable CUB-layout dataset"})
public final class DatasetInfoCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "the dataset folder (holding images.txt and images/)")
    Path dir;

    @Option(names = "--json", description = "print one JSON object instead of text")
    boolean json;

    @Option(names = "--strict", description = "decode every image, and exit with code 1 when the dataset has any"
            + " problem")
    boolean strict;

    @Option(names = "--max-problems", paramLabel = "N", defaultValue = "20", converter = Ranges.NonNegative.class,
            description = "problems listed in the text report (default: ${DEFAULT-VALUE})")
    int maxProblems;

    @Override
    public Integer call() {
        CubDataset dataset = CubReader.read(dir, ValidationMode.LENIENT, strict ? ImageCheck.DECODE : ImageCheck.HEADER,
                new ConsoleProgress(System.err));
        DatasetReport report = new DatasetReport(dataset);
        if (json) {
            spec.commandLine().getOut().println(Json.write(report.toJson()));
        } else {
            report.printText(spec.commandLine().getOut(), maxProblems, strict);
        }
        spec.commandLine().getOut().flush();
        return strict && !dataset.problems().isEmpty() ? 1 : 0;
    }
}
