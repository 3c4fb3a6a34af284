package xspace.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Optional;

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
        // The file is named once, in front, even where the error named it too.
        String bare = detail.startsWith(file + ": ") ? detail.substring((file + ": ").length()) : detail;
        String reason = isDiskFull(e) ? "the disk is full (" + bare + "); free some space and try again" : bare;
        return new NamedIOException(file + ": " + reason, e);
    }

    /**
     * A failure to create or write {@code target}, named by the path the user gave: a file system
     * that takes no new files (such as /proc) answers "no such file" for a folder that is there,
     * and the failing path may be a hidden temporary beside the target, which the user never chose.
     */
    public static IOException creating(Path target, IOException e) {
        if (e instanceof NamedIOException) {
            return e;
        }
        Optional<Path> refused = e instanceof NoSuchFileException n ? refusedPlace(target, n.getFile()) : Optional.empty();
        return refused.<IOException>map(shown -> new NamedIOException(notCreatable(shown), e))
                .orElseGet(() -> named(target, e));
    }

    /** Creates the folder and the missing ones above it, saying in words why it cannot be created. */
    public static void createDirectories(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw creating(folder, e);
        }
    }

    private static String notCreatable(Path path) {
        return path + ": cannot be created in " + path.getParent() + " (the file system refuses new files there)";
    }

    /**
     * The path to name when creating {@code failed} failed though its folder is there: the folder
     * or file the user gave (the target or a folder above it), never a temporary beside it.
     */
    private static Optional<Path> refusedPlace(Path target, String failed) {
        try {
            Path failing = Path.of(failed).toAbsolutePath();
            Path parent = failing.getParent();
            if (parent == null || !Files.isDirectory(parent) || Files.exists(failing)) {
                return Optional.empty();
            }
            Path absolute = target.toAbsolutePath();
            if (absolute.startsWith(failing)) {
                return Optional.of(failing);
            }
            // a file read while writing (a copy's source) is missing indeed: only the target's own temporaries count
            boolean temporary = parent.equals(absolute.getParent())
                    && failing.getFileName().toString().startsWith("." + absolute.getFileName() + ".");
            return temporary ? Optional.of(absolute) : Optional.empty();
        } catch (RuntimeException invalidPath) {
            return Optional.empty();
        }
    }

    private static String detail(IOException e) {
        if (e instanceof FileSystemException f && f.getFile() != null) {
            return describe(f);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * A failure in one line: the exceptions of java.nio.file carry only the path as their message,
     * which reads like no error at all, so they say what happened to it ({@link #describe});
     * every other exception keeps its own message.
     */
    public static String reason(Throwable error) {
        Throwable shown = error instanceof UncheckedIOException && error.getCause() != null ? error.getCause() : error;
        if (shown instanceof FileSystemException fs && fs.getFile() != null) {
            return describe(fs);
        }
        return shown.getMessage() == null ? shown.toString() : shown.getMessage();
    }

    /**
     * The path and what happened to it, in words: the JDK's file-system errors often carry no
     * reason, only the path (a NoSuchFileException's message is the path itself), which reads like
     * no error at all.
     */
    public static String describe(FileSystemException fs) {
        String path = fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
        return path + ": " + what(fs);
    }

    private static String what(FileSystemException fs) {
        if (fs instanceof AccessDeniedException) {
            return "permission denied";
        } else if (fs instanceof FileAlreadyExistsException) {
            // creating a folder where a file is fails this way too
            return isFile(fs.getFile()) ? "already exists, as a file (a folder was expected)" : "already exists";
        } else if (fs instanceof NotDirectoryException) {
            return "is not a folder";
        } else if (fs instanceof NoSuchFileException) {
            // a file written into a folder that is not there fails this way too
            return missingFolder(fs.getFile()).map(folder -> "not found (the folder " + folder + " does not exist)")
                    .orElse("not found");
        } else if (fs instanceof DirectoryNotEmptyException) {
            return "the folder is not empty";
        } else if (fs.getReason() != null) {
            return "Not a directory".equals(fs.getReason()) ? "a part of the path is a file, not a folder"
                    : fs.getReason();
        }
        return "file-system error (" + fs.getClass().getSimpleName() + ")";
    }

    private static Optional<Path> missingFolder(String path) {
        try {
            Path parent = Path.of(path).getParent();
            return parent == null || Files.isDirectory(parent) ? Optional.empty() : Optional.of(parent);
        } catch (RuntimeException invalidPath) {
            return Optional.empty();
        }
    }

    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (RuntimeException invalidPath) {
            return false;
        }
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
