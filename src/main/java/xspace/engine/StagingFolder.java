package xspace.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;

/**
 * A hidden folder beside an output ({@code .NAME.partial-ID}) where the output is drawn before it
 * moves in whole, so that an interrupted run never leaves a half-written output under its name.
 * A run killed midway cannot remove its folder, so each holds a lock on a file beside it
 * ({@code .NAME.partial-ID.lock}) while it works: the next run for the same output removes every
 * such folder whose lock it can take (the operating system releases a lock when its process ends),
 * and never one another run still holds.
 */
public final class StagingFolder implements AutoCloseable {

    private static final String PARTIAL = ".partial-";
    private static final String LOCK = ".lock";

    private final Path folder;
    private final Path lockFile;
    private final FileChannel channel;

    private StagingFolder(Path folder, Path lockFile, FileChannel channel) {
        this.folder = folder;
        this.lockFile = lockFile;
        this.channel = channel;
    }

    /** A new staging folder beside {@code target}, on the same disk so that files move in by renaming. */
    public static StagingFolder beside(Path target) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (Files.exists(parent) && !Files.isDirectory(parent)) {
            // As the system says it for any path through a file, and about the path the user gave.
            throw new FileSystemException(absolute.toString(), null, "Not a directory");
        }
        Files.createDirectories(parent);
        String prefix = "." + absolute.getFileName() + PARTIAL;
        removeAbandoned(parent, prefix);
        while (true) {
            String name = prefix + UUID.randomUUID();
            Path lockFile = parent.resolve(name + LOCK);
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                channel.lock();
                // Another run may have taken this lock file for abandoned and removed it before the lock was ours.
                if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                    return new StagingFolder(Files.createDirectory(parent.resolve(name)), lockFile, channel);
                }
                channel.close();
            } catch (IOException | RuntimeException e) {
                channel.close();
                Files.deleteIfExists(lockFile);
                throw e;
            }
        }
    }

    public Path path() {
        return folder;
    }

    /** Removes the folder with whatever is still in it, then its lock. */
    @Override
    public void close() throws IOException {
        try {
            FileTrees.delete(folder);
        } finally {
            channel.close();
            Files.deleteIfExists(lockFile);
        }
    }

    private static void removeAbandoned(Path parent, String prefix) throws IOException {
        List<Path> left;
        try (var entries = Files.list(parent)) {
            left = entries.filter(entry -> entry.getFileName().toString().startsWith(prefix)).toList();
        }
        for (Path entry : left) {
            String name = entry.getFileName().toString();
            if (name.endsWith(LOCK)) {
                removeIfUnheld(entry, parent.resolve(name.substring(0, name.length() - LOCK.length())));
            } else if (!Files.exists(parent.resolve(name + LOCK), LinkOption.NOFOLLOW_LINKS)) {
                // No lock beside it: left by a run that held none; a working run creates its lock first.
                FileTrees.delete(entry);
            }
        }
    }

    private static void removeIfUnheld(Path lockFile, Path folder) throws IOException {
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                FileTrees.delete(folder);
                Files.deleteIfExists(lockFile);
            }
        } catch (OverlappingFileLockException e) {
            // held by a run in this process
        } catch (java.nio.file.NoSuchFileException e) {
            // its run has just finished and removed it
        }
    }
}
