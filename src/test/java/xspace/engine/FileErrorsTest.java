package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors of reading and writing name their file and say what happened to it, in the command line's words. */
class FileErrorsTest {

    @TempDir
    Path dir;

    @Test
    void aFileSystemErrorSaysWhatHappenedToItsPathOnce() {
        Path file = dir.resolve("z.npy");
        assertThat(FileErrors.named(file, new AccessDeniedException(file.toString())))
                .hasMessage(file + ": permission denied");
        assertThat(FileErrors.named(file, new NoSuchFileException(file.toString())))
                .hasMessage(file + ": not found");
        assertThat(FileErrors.named(file, new FileSystemException(file.toString(), null, "Read-only file system")))
                .hasMessage(file + ": Read-only file system");
    }

    @Test
    void aFileWrittenIntoAMissingFolderSaysWhichFolderIsMissing() {
        Path file = dir.resolve("gone/z.npy");
        assertThat(FileErrors.named(file, new NoSuchFileException(file.toString())))
                .hasMessage(file + ": not found (the folder " + dir.resolve("gone") + " does not exist)");
    }

    @Test
    void anErrorOnAnotherFileNamesBoth() throws IOException {
        Path file = dir.resolve("z.npy");
        Path temp = Files.createDirectory(dir.resolve("z.npy.tmp"));
        assertThat(FileErrors.named(file, new FileAlreadyExistsException(temp.toString())))
                .hasMessage(file + ": " + temp + ": already exists");
    }

    @Test
    void aFullDiskIsSaidPlainly() {
        Path file = dir.resolve("z.npy");
        assertThat(FileErrors.named(file, new IOException("No space left on device")))
                .hasMessage(file + ": the disk is full (No space left on device); free some space and try again");
        assertThat(FileErrors.named(file, new FileSystemException(file.toString(), null, "No space left on device")))
                .hasMessage(file + ": the disk is full (No space left on device); free some space and try again");
    }

    @Test
    void aNamedErrorIsNotNamedAgain() {
        Path file = dir.resolve("z.npy");
        IOException once = FileErrors.named(file, new AccessDeniedException(file.toString()));
        assertThat(FileErrors.named(dir.resolve("other"), once)).isSameAs(once);
    }

    @Test
    void aFolderRefusedByItsFileSystemIsNamedAsGivenNotAsNotFound() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
        assertThatThrownBy(() -> FileErrors.createDirectories(Path.of("/proc/ev/tables")))
                .hasMessage("/proc/ev: cannot be created in /proc (the file system refuses new files there)");
    }

    @Test
    void aFileWrittenWholeIntoARefusingFolderIsNamedNotItsTemporary() {
        assumeTrue(Files.isDirectory(Path.of("/proc/self")), "needs /proc");
        assertThatThrownBy(() -> AtomicFiles.writeString(Path.of("/proc/b.zip"), "x"))
                .hasMessage("/proc/b.zip: cannot be created in /proc (the file system refuses new files there)");
        // a missing file read while writing is missing indeed
        Path source = dir.resolve("gone.txt");
        assertThatThrownBy(() -> AtomicFiles.copy(source, dir.resolve("copy.txt")))
                .hasMessageContaining(source + ": not found");
    }
}
