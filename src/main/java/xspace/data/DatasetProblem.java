package xspace.data;

/**
 * One problem found in a dataset: which file (relative to the dataset root), which line (1-based;
 * 0 when the problem concerns the file as a whole) and what was expected. An empty file name
 * means the dataset as a whole (its folder is missing, say).
 */
public record DatasetProblem(String file, int line, String message) {

    @Override
    public String toString() {
        if (file.isEmpty()) {
            return message;
        }
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }
}
