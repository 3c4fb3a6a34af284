package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exceptions of java.nio.file, whose message is only the path, say what happened to the path. */
class ErrorTextTest {

    @TempDir
    Path dir;

    @Test
    void fileSystemExceptionsSayWhatHappened() throws Exception {
        Path file = Files.writeString(dir.resolve("f7.txt"), "x");
        assertThat(ErrorText.of(new AccessDeniedException("/ro/hm"))).isEqualTo("/ro/hm: permission denied");
        assertThat(ErrorText.of(new FileAlreadyExistsException(file.toString())))
                .isEqualTo(file + ": already exists, as a file (a folder was expected)");
        assertThat(ErrorText.of(new FileAlreadyExistsException(dir.toString()))).isEqualTo(dir + ": already exists");
        assertThat(ErrorText.of(new NotDirectoryException("a/b"))).isEqualTo("a/b: is not a folder");
        assertThat(ErrorText.of(new NoSuchFileException(dir.resolve("b").toString()))).isEqualTo(dir.resolve("b") + ": not found");
        assertThat(ErrorText.of(new NoSuchFileException("a/b")))
                .isEqualTo("a/b: not found (the folder a does not exist)");
        assertThat(ErrorText.of(new DirectoryNotEmptyException("a"))).isEqualTo("a: the folder is not empty");
        assertThat(ErrorText.of(new FileSystemException("f7.txt/x", null, "Not a directory")))
                .isEqualTo("f7.txt/x: a part of the path is a file, not a folder");
        assertThat(ErrorText.of(new FileSystemException("a", "b", "Read-only file system")))
                .isEqualTo("a -> b: Read-only file system");
        assertThat(ErrorText.of(new UncheckedIOException(new NoSuchFileException("b")))).isEqualTo("b: not found");
        assertThat(ErrorText.of(new IllegalArgumentException("--arch: expected demo or vgg19, found x")))
                .isEqualTo("--arch: expected demo or vgg19, found x");
    }

    @Test
    void aCommandWritingUnderAFileSaysSo() throws Exception {
        Path file = Files.writeString(dir.resolve("f7.txt"), "x");
        CommandRun run = CommandRun.of("synth", "--out", file.resolve("birds"), "--species", 2, "--per-species", 2,
                "--size", 64);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("error: " + file).endsWith(": a part of the path is a file, not a folder\n")
                .doesNotContain("Exception");
    }

    @Test
    void theHandlerOfEveryCommandUsesIt() throws IOException {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");
        CommandRun run = CommandRun.of("explain", "versions", "--workspace", file.resolve("ws"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).doesNotContain("Exception");
    }
}
