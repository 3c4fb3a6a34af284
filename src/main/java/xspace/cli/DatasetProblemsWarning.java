package xspace.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import xspace.data.CubDataset;

/**
 * Commands read datasets leniently, leaving out what a problem touches so that one bad line does
 * not stop a day's work; they say so, or a user would train or explain fewer images than the
 * dataset holds without knowing it.
 */
final class DatasetProblemsWarning {

    private DatasetProblemsWarning() {
    }

    static void print(CubDataset dataset, Path root, PrintStream err) {
        int count = dataset.problems().size();
        if (count == 0) {
            return;
        }
        err.println("warning: " + root + ": " + count + (count == 1 ? " problem" : " problems")
                + " in the dataset; what they touch is left out (" + dataset.images().size()
                + " images used). The first: " + dataset.problems().get(0) + ". `xspace dataset info " + root
                + "` lists them all");
    }
}
