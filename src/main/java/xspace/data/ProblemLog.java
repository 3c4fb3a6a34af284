package xspace.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The problems found while reading one dataset. In lenient mode each message also says what was
 * left out, so that nothing is dropped without a trace. A file that is wrong throughout (millions
 * of attribute lines, say) lists its first {@link #LISTED_PER_FILE} problems and counts the rest,
 * which keeps the report readable and the memory bounded.
 */
final class ProblemLog {

    static final int LISTED_PER_FILE = 1000;

    private final ValidationMode mode;
    private final List<DatasetProblem> listed = new ArrayList<>();
    private final Map<String, Integer> unlisted = new HashMap<>();
    private final Map<String, Integer> perFile = new HashMap<>();

    ProblemLog(ValidationMode mode) {
        this.mode = mode;
    }

    ValidationMode mode() {
        return mode;
    }

    /** Records a problem; line 0 means the file as a whole. */
    synchronized void report(String file, int line, String message, Outcome outcome) {
        String text = mode == ValidationMode.LENIENT ? message + " (" + outcome.text() + ")" : message;
        add(new DatasetProblem(file, line, text));
    }

    /** Records a problem found elsewhere (an image file) with what a lenient read leaves out. */
    synchronized void report(DatasetProblem problem, Outcome outcome) {
        report(problem.file(), problem.line(), problem.message(), outcome);
    }

    synchronized boolean isEmpty() {
        return listed.isEmpty();
    }

    synchronized List<DatasetProblem> problems() {
        List<DatasetProblem> all = new ArrayList<>(listed);
        unlisted.forEach((file, count) -> all.add(new DatasetProblem(file, 0,
                count + " more problems in this file are not listed")));
        return all;
    }

    private void add(DatasetProblem problem) {
        int count = perFile.merge(problem.file(), 1, Integer::sum);
        if (count <= LISTED_PER_FILE) {
            listed.add(problem);
        } else {
            unlisted.merge(problem.file(), 1, Integer::sum);
        }
    }
}
