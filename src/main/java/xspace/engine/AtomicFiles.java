package xspace.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Files replaced whole or not at all. The content goes to a hidden sibling first, is forced to the
 * disk, and is then renamed over the target in one step, so a crash, a kill or a full disk leaves
 * either the old file or the new one, never a truncated mix; a failed write removes its sibling.
 */
public final class AtomicFiles {

    /** Writes the content to the given path, which does not exist yet (some writers refuse to reuse a file). */
    @FunctionalInterface
    public interface Content {
        void writeTo(Path file) throws IOException;
    }

    private AtomicFiles() {
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, true);
    }

    /**
     * Like {@link #write}, whole or not at all for readers, but not forced to the disk: for files
     * that can be computed again (a cache's), whose reader takes one that a crash left empty or
     * damaged as missing. Forcing costs a disk flush per file, which a job writing tens of
     * thousands of small files cannot afford.
     */
    public static void writeUnforced(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    private static void write(Path target, Content content, boolean durable) throws IOException {
        Path file = target.toAbsolutePath();
        Path dir = file.getParent();
        Path tmp = siblingOf(file);
        try {
            Files.createDirectories(dir);
            content.writeTo(tmp);
            if (durable) {
                force(tmp);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            if (durable) {
                forceDirectory(dir);
            }
        } catch (IOException e) {
            throw FileErrors.creating(file, e);
        } catch (UncheckedIOException e) {
            throw FileErrors.creating(file, e.getCause());
        } catch (RuntimeException e) {
            // Libraries (DL4J's serializer among them) wrap their I/O errors in unchecked ones.
            if (e.getCause() instanceof IOException io) {
                throw FileErrors.creating(file, io);
            }
            throw e;
        } finally {
            removeSibling(tmp);
        }
    }

    /**
     * Removes what a failed write left. Where the folder cannot be written, removing fails too, and
     * that error must not hide the write's own, which says why.
     */
    private static void removeSibling(Path tmp) {
        try {
            Files.deleteIfExists(tmp);
        } catch (IOException e) {
            // nothing could be created there either
        }
    }

    public static void writeString(Path target, String text) throws IOException {
        write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
    }

    /** A copy that appears complete or not at all. */
    public static void copy(Path source, Path target) throws IOException {
        write(target, tmp -> Files.copy(source, tmp));
    }

    /** A fresh hidden name beside the target, on the same file system so that the rename is atomic. */
    public static Path siblingOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    }

    private static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    /** Makes the rename itself durable; some systems cannot open a directory, where the rename is all we have. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // best effort
        }
    }
}
