package xspace.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
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
     * Reads {@code file} (relative to {@code root}). Decoding replaces malformed bytes instead of
     * failing, so one odd character is reported by the field check that meets it.
     */
    static void read(Path root, String file, ProblemLog log, LineHandler handler) {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                Files.newInputStream(root.resolve(file)), StandardCharsets.UTF_8), 1 << 16)) {
            int number = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                number++;
                if (number == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (!text.isBlank()) {
                    handle(file, new CubLine(number, text), log, handler);
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
