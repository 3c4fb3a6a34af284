package xspace.workspace.db;

import java.nio.file.Path;
import java.sql.SQLException;
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
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return new WorkspaceException("cannot write to " + file + ": the disk is full; "
                    + action + " was not saved, earlier changes are intact", e);
        }
        if (primary == SQLiteErrorCode.SQLITE_NOTADB.code || primary == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return DatabaseFile.notADatabase(file, "SQLite reports: " + e.getMessage());
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return new WorkspaceException(file + ": busy in another XSpace for too long; " + action
                    + " was not saved, try again" + detail, e);
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code || primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return new WorkspaceException("cannot read or write " + file + ": " + action + " failed" + detail, e);
        }
        return new WorkspaceException(file + ": " + action + " failed" + detail, e);
    }
}
