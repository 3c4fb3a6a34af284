package xspace.cli;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * The one line a failed command prints after "error: ". The exceptions of java.nio.file carry
 * only the path as their message ("error: out/hm" says nothing of what went wrong), so they are
 * given what happened to the path; every other exception keeps its own message.
 */
final class ErrorText {

    private ErrorText() {
    }

    static String of(Throwable ex) {
        Throwable shown = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
        if (shown instanceof FileSystemException fs && fs.getFile() != null) {
            return fileSystem(fs);
        }
        return String.valueOf(shown.getMessage());
    }

    private static String fileSystem(FileSystemException fs) {
        String path = fs.getFile() + (fs.getOtherFile() == null ? "" : " -> " + fs.getOtherFile());
        String what;
        if (fs instanceof AccessDeniedException) {
            what = "permission denied";
        } else if (fs instanceof FileAlreadyExistsException) {
            // creating a folder where a file is fails this way too
            what = isFile(fs.getFile()) ? "already exists, as a file (a folder was expected)" : "already exists";
        } else if (fs instanceof NotDirectoryException) {
            what = "is not a folder";
        } else if (fs instanceof NoSuchFileException) {
            what = "not found";
        } else if (fs instanceof DirectoryNotEmptyException) {
            what = "the folder is not empty";
        } else if (fs.getReason() != null) {
            what = "Not a directory".equals(fs.getReason()) ? "a part of the path is a file, not a folder"
                    : fs.getReason();
        } else {
            what = "file-system error (" + fs.getClass().getSimpleName() + ")";
        }
        return path + ": " + what;
    }

    private static boolean isFile(String path) {
        try {
            return Files.isRegularFile(Path.of(path));
        } catch (RuntimeException invalidPath) {
            return false;
        }
    }
}
