package xspace.engine;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Input and output errors that name their file and say plainly when the disk is full: the JDK's
 * "No space left on device" names neither, and a user cannot act on it.
 */
public final class FileErrors {

    private FileErrors() {
    }

    /** The error with the file named, and "the disk is full" where that is the cause. */
    public static IOException named(Path file, IOException e) {
        if (e instanceof NamedIOException) {
            return e;
        }
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        String reason = isDiskFull(e) ? "the disk is full (" + detail + "); free some space and try again" : detail;
        return new NamedIOException(reason.startsWith(file.toString()) ? reason : file + ": " + reason, e);
    }

    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("No space left on device") || m.contains("Disk quota exceeded")
                    || m.contains("SQLITE_FULL") || m.contains("There is not enough space on the disk"))) {
                return true;
            }
        }
        return false;
    }

    /** Marks an error already named, so that nested writes do not name the file twice. */
    static final class NamedIOException extends IOException {
        NamedIOException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
