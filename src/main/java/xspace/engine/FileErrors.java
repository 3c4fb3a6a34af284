package xspace.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
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
        String detail = detail(e);
        String reason = isDiskFull(e) ? "the disk is full (" + detail + "); free some space and try again" : detail;
        return new NamedIOException(reason.startsWith(file.toString()) ? reason : file + ": " + reason, e);
    }

    /**
     * What went wrong in words: the JDK's file-system errors often carry no reason, only the path
     * (a NoSuchFileException's message is the path itself), which reads like no error at all.
     */
    private static String detail(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            String what = f.getReason() != null ? f.getReason()
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "cannot be created or found (no such file or folder)"
                    : e instanceof FileAlreadyExistsException ? "a file of that name is in the way"
                    : e.getClass().getSimpleName();
            return what + ": " + f.getFile();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
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
