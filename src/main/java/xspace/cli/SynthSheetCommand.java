package xspace.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.data.synth.ContactSheet;

/** {@code xspace synth sheet}: a PNG grid of example images of a CUB-layout dataset. */
@Command(name = "sheet",
        mixinStandardHelpOptions = true,
        description = "Writes a contact sheet (PNG) of example images, one row per class.")
public final class SynthSheetCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--data", paramLabel = "DIR", required = true, description = "Dataset folder (CUB layout).")
    Path data;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "PNG file to write (never over an existing file unless --force).")
    Path out;

    @Option(names = "--per-class", paramLabel = "K", description = "Images per class (default: ${DEFAULT-VALUE}).")
    int perClass = 6;

    @Option(names = "--classes", paramLabel = "N", description = "Classes (rows) shown (default: ${DEFAULT-VALUE}).")
    int classes = 12;

    @Option(names = "--cell", paramLabel = "PX", description = "Thumbnail side (default: ${DEFAULT-VALUE}).")
    int cell = 96;

    @Option(names = "--parts", description = "Mark the visible part locations.")
    boolean parts;

    @Option(names = "--force", description = "Replace FILE if it is an existing PNG (no other file is ever replaced).")
    boolean force;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(data)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--data is not a folder: " + data);
        }
        ContactSheet.Layout layout;
        try {
            layout = new ContactSheet.Layout(perClass, classes, cell, parts);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ContactSheet.write(data, out, layout, force);
        spec.commandLine().getOut().println("wrote " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
