package xspace.data;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Says in words what a path is when it is not a regular file. Opening a named pipe blocks until
 * someone writes to it and a device such as {@code /dev/urandom} never ends, so such a path is
 * refused by what it is rather than opened, and the message says what was found there.
 */
final class FileKind {

    private static final int TYPE_MASK = 0170000;
    private static final int FIFO = 0010000;
    private static final int CHARACTER_DEVICE = 0020000;
    private static final int BLOCK_DEVICE = 0060000;
    private static final int SOCKET = 0140000;

    private FileKind() {
    }

    /**
     * What {@code file} is when it exists but is not a regular file (links followed), e.g. "is a
     * named pipe (FIFO), not a regular file"; null for a regular file and for a missing one.
     */
    static String irregular(Path file) {
        if (Files.isRegularFile(file) || !Files.exists(file)) {
            return null;
        }
        String kind = Files.isDirectory(file) ? "a folder" : special(file);
        return (Files.isSymbolicLink(file) ? "is a link" + target(file) + " to " : "is ") + kind
                + ", not a regular file";
    }

    /** Where a link points, for the message; empty when it cannot be read. */
    private static String target(Path link) {
        try {
            return " (" + Echo.plain(Files.readSymbolicLink(link).toString()) + ")";
        } catch (IOException | UnsupportedOperationException e) {
            return "";
        }
    }

    private static String special(Path file) {
        try {
            int mode = (Integer) Files.getAttribute(file, "unix:mode") & TYPE_MASK;
            return switch (mode) {
                case FIFO -> "a named pipe (FIFO)";
                case CHARACTER_DEVICE -> "a character device";
                case BLOCK_DEVICE -> "a block device";
                case SOCKET -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file";
        }
    }
}
