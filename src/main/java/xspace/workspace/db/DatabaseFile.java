package xspace.workspace.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import xspace.workspace.WorkspaceException;

/**
 * Checks the database file before SQLite opens it, reading only. SQLite would treat some damaged
 * files as empty or fail only on the first query; refusing here guarantees that a file which is
 * not a sound database is never written to (setting WAL mode alone rewrites the header).
 */
final class DatabaseFile {

    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static final int HEADER = 100;
    /** Even a command that only reads opens the database for writing: SQLite keeps its journal and locks beside it. */
    private static final String READ_ONLY_HINT = ". The workspace's database is opened for writing even to read"
            + " it (its journal and locks); copy the workspace to a folder you can write to";

    private DatabaseFile() {
    }

    /** Refuses a folder or file that cannot be written, before anything is created in it. */
    static void requireWritable(Path folder, Path file) {
        if (!Files.isDirectory(folder)) {
            throw new WorkspaceException(folder + ": not a folder");
        }
        if (!Files.isWritable(folder)) {
            throw new WorkspaceException("cannot write to " + folder + ": read only" + READ_ONLY_HINT);
        }
        if (Files.exists(file) && !Files.isWritable(file)) {
            throw new WorkspaceException("cannot write to " + file + ": read only" + READ_ONLY_HINT);
        }
    }

    /** Refuses a file that exists but is not a complete SQLite database. An empty file is a new database. */
    static void requireSound(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                return;
            }
            byte[] header = readHeader(file);
            if (header.length < MAGIC.length || !Arrays.equals(Arrays.copyOf(header, MAGIC.length), MAGIC)) {
                throw notADatabase(file, "it does not start like an SQLite database");
            }
            if (header.length < HEADER) {
                throw notADatabase(file, "truncated to " + size + " bytes");
            }
            checkSize(file, ByteBuffer.wrap(header), size);
        } catch (IOException e) {
            throw new WorkspaceException(file + ": cannot be read (" + e.getMessage() + ")", e);
        }
    }

    private static void checkSize(Path file, ByteBuffer header, long size) {
        int rawPageSize = Short.toUnsignedInt(header.getShort(16));
        long pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        if (pageSize < 512 || Long.bitCount(pageSize) != 1) {
            throw notADatabase(file, "its header is damaged (page size " + rawPageSize + ")");
        }
        // Without a write-ahead log beside it the file alone holds every page the header counts.
        boolean headerCountValid = header.getInt(24) == header.getInt(92);
        long pages = Integer.toUnsignedLong(header.getInt(28));
        boolean noLog = !Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        if (size % pageSize != 0 || (noLog && headerCountValid && size < pages * pageSize)) {
            throw notADatabase(file, "truncated (" + size + " bytes, expected " + pages * pageSize + ")");
        }
    }

    private static byte[] readHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEADER);
        }
    }

    static WorkspaceException notADatabase(Path file, String why) {
        return new WorkspaceException(file + ": not a readable workspace database (" + why
                + "); it was left as it is — restore it from a backup or move it away to start a new one");
    }
}
