package xspace.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams one space-separated text file of a CUB-layout dataset line by line, handing each
 * non-blank line to a handler and turning rejected lines into problems with file and line number.
 */
final class CubTextFile {

    @FunctionalInterface
    interface LineHandler {
        void accept(CubLine line) throws BadLineException;
    }

    private CubTextFile() {
    }

    static boolean exists(Path root, String file) {
        return Files.isRegularFile(root.resolve(file));
    }

    /**
     * Reads {@code file} (relative to {@code root}). A line that is not valid UTF-8 reaches the
     * handler with its bad bytes replaced and the encoding problem attached, and fails the handler's
     * field-count check: the problem names the line and the record it belongs to is left out.
     */
    static void read(Path root, String file, ProblemLog log, LineHandler handler) {
        try (Utf8Lines in = new Utf8Lines(Files.newInputStream(root.resolve(file)))) {
            int number = 0;
            for (Utf8Lines.Line line = in.next(); line != null; line = in.next()) {
                number++;
                String text = line.text();
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) {
                    handle(file, new CubLine(number, text, line.encodingProblem()), log, handler);
                }
            }
        } catch (IOException e) {
            throw new DatasetException(new DatasetProblem(file, 0, "cannot be read: " + e.getMessage()));
        }
    }

    private static void handle(String file, CubLine line, ProblemLog log, LineHandler handler) {
        try {
            handler.accept(line);
        } catch (BadLineException e) {
            log.report(file, line.number(), e.getMessage(), e.outcome());
        }
    }
}
