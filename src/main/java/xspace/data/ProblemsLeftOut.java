package xspace.data;

import java.util.Optional;

/**
 * What a lenient reading left out, in words for its user: commands and the application read
 * datasets leniently so that one bad line does not stop a day's work, and they must say so, or a
 * user would train or explain fewer images than the dataset holds without knowing it.
 */
public final class ProblemsLeftOut {

    private ProblemsLeftOut() {
    }

    /** The whole account: how many problems, how many images remain, the first problem, where the rest are listed. */
    public static Optional<String> sentence(CubDataset dataset) {
        return count(dataset).map(count -> count + " in the dataset; what they touch is left out ("
                + dataset.images().size() + " images used). The first: " + dataset.problems().get(0) + ". "
                + listCommand(dataset) + " lists them all");
    }

    /** A short form for a line that has little room, e.g. "3 problems in the dataset left images out". */
    public static Optional<String> brief(CubDataset dataset) {
        return count(dataset).map(count -> count + " in the dataset left images out (" + listCommand(dataset)
                + " lists them)");
    }

    private static Optional<String> count(CubDataset dataset) {
        int count = dataset.problems().size();
        return count == 0 ? Optional.empty() : Optional.of(count + (count == 1 ? " problem" : " problems"));
    }

    private static String listCommand(CubDataset dataset) {
        return "`xspace dataset info " + dataset.root() + "`";
    }
}
