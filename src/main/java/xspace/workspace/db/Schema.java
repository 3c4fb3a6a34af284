package xspace.workspace.db;

import java.util.List;
import xspace.workspace.WorkspaceException;

/**
 * Makes a freshly opened database ready: refuses one from a newer XSpace or a damaged one while
 * only reading, then makes sure it is in WAL mode and runs the missing migrations. Nothing is
 * written before the checks pass, so a refused file keeps every byte; and a database already at
 * this version is only read, so opening it never waits for, or blocks, another XSpace's writes.
 */
final class Schema {

    private static final String WAL = "wal";

    private Schema() {
    }

    static void prepare(Sql sql, List<Migration> migrations) {
        int highest = migrations.get(migrations.size() - 1).version();
        int version = sql.read("reading the schema version", () -> sql.intPragma("user_version"));
        if (version > highest) {
            throw new WorkspaceException(sql.file() + ": written by a newer XSpace (schema version " + version
                    + "; this XSpace reads up to version " + highest + "); the file was left untouched");
        }
        List<String> problems = sql.read("checking the database", () -> sql.query("PRAGMA quick_check",
                r -> r.getString(1)));
        if (!problems.equals(List.of("ok"))) {
            throw DatabaseFile.notADatabase(sql.file(), "SQLite's check found: "
                    + String.join("; ", problems.subList(0, Math.min(3, problems.size()))));
        }
        if (version == 0 && tables(sql) > 0) {
            // Version 0 is a new, empty file; tables without a version were written by another program.
            throw new WorkspaceException(sql.file() + ": holds tables but no schema version (0): it was changed by"
                    + " another program, or is not a workspace database; the file was left untouched (restore it"
                    + " from a copy)");
        }
        requireWal(sql);
        if (version < highest) {
            Migrations.migrate(sql, migrations);
        }
    }

    private static int tables(Sql sql) {
        return sql.read("listing the tables", () -> sql.queryOne("SELECT count(*) FROM sqlite_master",
                r -> r.getInt(1)).orElse(0));
    }

    /**
     * WAL lets readers go on while another instance writes; the mode is stored in the file, so only
     * a new or older database is switched (which needs the file to itself for a moment).
     */
    private static void requireWal(Sql sql) {
        String mode = sql.read("reading the journal mode", () -> sql.queryOne("PRAGMA journal_mode",
                r -> r.getString(1)).orElse(""));
        if (!WAL.equalsIgnoreCase(mode)) {
            mode = sql.read("switching to WAL mode", () -> sql.queryOne("PRAGMA journal_mode = WAL",
                    r -> r.getString(1)).orElse(""));
        }
        if (!WAL.equalsIgnoreCase(mode)) {
            throw new WorkspaceException(sql.file() + ": SQLite cannot keep this database in WAL mode (it stays in "
                    + mode + " mode), so XSpace instances could not read while another writes; is the folder on a"
                    + " network drive? Copy the workspace to a local disk");
        }
    }
}
