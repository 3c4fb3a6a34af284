package xspace.workspace.db;

import java.util.List;
import xspace.workspace.WorkspaceException;

/**
 * Makes a freshly opened database ready: refuses one from a newer XSpace or a damaged one while
 * only reading, then switches to WAL and runs the missing migrations. Nothing is written before
 * the checks pass, so a refused file keeps every byte.
 */
final class Schema {

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
        // WAL lets the app read while another instance writes; the mode is stored in the file.
        sql.read("switching to WAL mode", () -> sql.queryOne("PRAGMA journal_mode = WAL", r -> r.getString(1)));
        Migrations.migrate(sql, migrations);
    }
}
