package xspace.engine;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One writer at a time for a file, among the threads of this process and among processes: a lock
 * in the JVM (file locks are held per process, and a second lock of the same file in one process
 * throws) and an operating-system lock on a hidden lock file beside it. The lock file stays, since
 * removing it would let two writers lock two different files of the same name.
 */
public final class ExclusiveLock implements AutoCloseable {

    private static final ConcurrentHashMap<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock local;
    private final FileChannel channel;
    private final FileLock lock;

    private ExclusiveLock(ReentrantLock local, FileChannel channel, FileLock lock) {
        this.local = local;
        this.channel = channel;
        this.lock = lock;
    }

    /** Waits until no other thread or process holds the lock of this file, then holds it. */
    public static ExclusiveLock of(Path file) throws IOException {
        Path lockFile = lockFileOf(file.toAbsolutePath().normalize());
        ReentrantLock local = IN_PROCESS.computeIfAbsent(lockFile, k -> new ReentrantLock());
        local.lock();
        FileChannel channel = null;
        try {
            Files.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            return new ExclusiveLock(local, channel, channel.lock());
        } catch (IOException e) {
            release(channel, local);
            throw FileErrors.named(lockFile, e);
        } catch (RuntimeException e) {
            release(channel, local);
            throw e;
        }
    }

    private static void release(FileChannel channel, ReentrantLock local) throws IOException {
        try {
            if (channel != null) {
                channel.close();
            }
        } finally {
            local.unlock();
        }
    }

    public static Path lockFileOf(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".lock");
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            local.unlock();
        }
    }
}
