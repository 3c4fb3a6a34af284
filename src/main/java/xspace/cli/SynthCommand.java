package xspace.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.data.synth.ImageFormat;
import xspace.data.synth.SynthOptions;
import xspace.data.synth.SynthSummary;
import xspace.data.synth.SyntheticBirds;
import xspace.workspace.WorkspaceOutput;

/** {@code xspace synth}: generates synthetic birds in the CUB layout. */
@Command(name = "synth",
        mixinStandardHelpOptions = true,
        description = "Generates a synthetic bird dataset in the CUB-200-2011 layout, with exact part locations.",
        subcommands = {SynthSheetCommand.class})
public final class SynthCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    // Not marked required so that 'synth sheet' can run without them; checked in call().
    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (must be empty or new; never inside a"
            + " workspace but for its exports/ folder).")
    Path out;

    @Option(names = "--species", paramLabel = "N", description = "Number of species (default: ${DEFAULT-VALUE}).")
    int species = SynthOptions.defaults().species();

    @Option(names = "--per-species", paramLabel = "M", description = "Images per species (default: ${DEFAULT-VALUE}).")
    int perSpecies = SynthOptions.defaults().perSpecies();

    @Option(names = "--size", paramLabel = "PX", description = "Image side in pixels (default: ${DEFAULT-VALUE}).")
    int size = SynthOptions.defaults().size();

    @Option(names = "--seed", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed = SynthOptions.defaults().seed();

    @Option(names = "--train-fraction", paramLabel = "F",
            description = "Share of each species' images for training (default: CUB's 5994/11788).")
    double trainFraction = SynthOptions.CUB_TRAIN_FRACTION;

    @Option(names = "--format", paramLabel = "jpg|png", description = "Image format (default: jpg).")
    String format = "jpg";

    @Option(names = "--threads", paramLabel = "T", description = "Rendering threads (default: all cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--force", description = "Write into a folder that is not empty: an earlier dataset there is"
            + " replaced as a whole (its images/, index files, parts/ and attributes/); other files are kept.")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (out == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Missing required option: '--out=DIR'");
        }
        SynthOptions options = options();
        WorkspaceOutput.checkOutsideAny(out, "the dataset");
        refuseNonEmpty();
        PrintWriter printer = spec.commandLine().getOut();
        SynthSummary summary = SyntheticBirds.generate(out, options, new ConsoleProgress(System.out));
        printer.printf(Locale.ROOT, "wrote %d images of %d species to %s%n", summary.images(), summary.classes(),
                summary.root());
        printer.printf(Locale.ROOT, "train %d, test %d%n", summary.training(), summary.test());
        printer.printf(Locale.ROOT, "time %.1f s, %.0f images/s%n", summary.elapsed().toMillis() / 1000.0,
                summary.imagesPerSecond());
        printer.flush();
        return 0;
    }

    /** Refusals are thrown as every other command's are, so they print as one "error:" line. */
    private SynthOptions options() {
        return new SynthOptions(species, perSpecies, size, seed, trainFraction, ImageFormat.parse(format), threads)
                .validated();
    }

    private void refuseNonEmpty() throws IOException {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out is a file, not a folder: " + out);
        }
        if (!force && Files.isDirectory(out)) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new IllegalArgumentException(
                            "--out " + out + " is not empty; choose a new folder or add --force to write over it");
                }
            }
        }
    }
}
