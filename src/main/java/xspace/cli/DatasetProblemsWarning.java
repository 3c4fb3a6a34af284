package xspace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import xspace.data.CubDataset;
import xspace.data.ProblemsLeftOut;

/** The warning a command prints when its lenient reading of a dataset left something out. */
final class DatasetProblemsWarning {

    private DatasetProblemsWarning() {
    }

    static void print(CubDataset dataset, Path root, PrintStream err) {
        ProblemsLeftOut.sentence(dataset).ifPresent(sentence -> err.println("warning: " + root + ": " + sentence));
    }
}
