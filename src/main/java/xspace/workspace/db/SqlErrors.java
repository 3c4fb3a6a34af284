package xspace.workspace.db;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import org.sqlite.SQLiteErrorCode;
import xspace.workspace.WorkspaceException;

/** Turns SQLite's result codes into messages that say what happened to which file. */
final class SqlErrors {

    private SqlErrors() {
    }

    static WorkspaceException translate(SQLException e, Path file, String action) {
        int primary = e.getErrorCode() & 0xff;
        String detail = " (" + e.getMessage() + ")";
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code) {
            return new WorkspaceException("cannot write to " + file + ": read only; nothing was changed", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_FULL.code || primary == SQLiteErrorCode.SQLITE_IOERR.code
                && diskFull(file)) {
            return new WorkspaceException("cannot write to " + file + ": the disk is full; "
                    + action + " was not saved, earlier changes are intact", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return DatabaseFile.notADatabase(file, "SQLite reports: " + e.getMessage());
        }
        if (isBusy(e)) {
            return new WorkspaceException(file + ": held by another XSpace process for too long; " + action
                    + " failed, try again" + detail, e);
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new WorkspaceException("cannot read or write " + file + ": " + action + " failed" + detail, e);
        }
        return new WorkspaceException(file + ": " + action + " failed" + detail, e);
    }

    /**
     * SQLite reports a full disk as a plain I/O error where it grows its shared memory
     * (SQLITE_IOERR_SHMSIZE) or log: the file system's free space tells which it was.
     */
    private static boolean diskFull(Path file) {
        try {
            Path folder = file.toAbsolutePath().getParent();
            return java.nio.file.Files.getFileStore(folder).getUsableSpace() < 64 * 1024;
        } catch (java.io.IOException | RuntimeException unknown) {
            return false;
        }
    }

    static boolean isBusy(SQLException e) {
        int primary = e.getErrorCode() & 0xff;
        return primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code;
    }

    /** The write lock stayed taken for the whole wait: say who has it and that nothing was saved. */
    static WorkspaceException writerBusy(SQLException e, Path file, String action, Duration waited) {
        return new WorkspaceException(file + ": another XSpace process is writing to this database and did not"
                + " finish within " + seconds(waited) + "; " + action + " was not saved, try again when it is done", e);
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
