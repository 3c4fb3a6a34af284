package xspace.data;

import java.util.List;
import java.util.stream.Collectors;

/** The project's error for a dataset that cannot be read: it carries every problem found. */
public final class DatasetException extends RuntimeException {

    private final List<DatasetProblem> problems;

    public DatasetException(List<DatasetProblem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public DatasetException(DatasetProblem problem) {
        this(List.of(problem));
    }

    public List<DatasetProblem> problems() {
        return problems;
    }

    private static String summary(List<DatasetProblem> problems) {
        String shown = problems.stream().limit(5).map(DatasetProblem::toString)
                .collect(Collectors.joining("\n  "));
        int more = problems.size() - 5;
        return (problems.size() == 1 ? "" : problems.size() + " problems in the dataset:\n  ") + shown
                + (more > 0 ? "\n  ... and " + more + " more" : "");
    }
}
