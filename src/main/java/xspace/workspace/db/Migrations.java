package xspace.workspace.db;

import java.sql.SQLException;
import java.util.List;

/**
 * The schema's history, oldest first; {@code PRAGMA user_version} records how many steps a
 * database has had. A step, once released, is never edited: a change of schema is a new step
 * appended to {@link #ALL}, which older databases then run when opened.
 */
final class Migrations {

    static final List<Migration> ALL = List.of(
            new Migration(1, "annotators, x-feature names, trust votes, notes, runs and results", List.of(
                    """
                    CREATE TABLE annotator (
                        id      INTEGER PRIMARY KEY,
                        name    TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
                        created TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE x_feature (
                        id          INTEGER PRIMARY KEY,
                        module_id   TEXT NOT NULL CHECK (length(module_id) > 0),
                        class_index INTEGER NOT NULL CHECK (class_index >= 0),
                        feature     INTEGER NOT NULL CHECK (feature >= 0),
                        UNIQUE (module_id, class_index, feature)
                    )""",
                    """
                    CREATE TABLE name_change (
                        id           INTEGER PRIMARY KEY,
                        x_feature_id INTEGER NOT NULL REFERENCES x_feature (id),
                        annotator_id INTEGER NOT NULL REFERENCES annotator (id),
                        name         TEXT NOT NULL,
                        changed_at   TEXT NOT NULL
                    )""",
                    "CREATE INDEX name_change_by_feature ON name_change (x_feature_id, annotator_id)",
                    """
                    CREATE TABLE name (
                        x_feature_id INTEGER NOT NULL REFERENCES x_feature (id),
                        annotator_id INTEGER NOT NULL REFERENCES annotator (id),
                        change_id    INTEGER NOT NULL REFERENCES name_change (id),
                        name         TEXT NOT NULL,
                        named_at     TEXT NOT NULL,
                        PRIMARY KEY (x_feature_id, annotator_id)
                    )""",
                    """
                    CREATE TABLE vote_change (
                        id           INTEGER PRIMARY KEY,
                        x_feature_id INTEGER NOT NULL REFERENCES x_feature (id),
                        annotator_id INTEGER NOT NULL REFERENCES annotator (id),
                        trust        TEXT CHECK (trust IN ('TRUST', 'DISTRUST', 'UNSURE')),
                        changed_at   TEXT NOT NULL
                    )""",
                    "CREATE INDEX vote_change_by_feature ON vote_change (x_feature_id, annotator_id)",
                    """
                    CREATE TABLE vote (
                        x_feature_id INTEGER NOT NULL REFERENCES x_feature (id),
                        annotator_id INTEGER NOT NULL REFERENCES annotator (id),
                        change_id    INTEGER NOT NULL REFERENCES vote_change (id),
                        trust        TEXT NOT NULL CHECK (trust IN ('TRUST', 'DISTRUST', 'UNSURE')),
                        cast_at      TEXT NOT NULL,
                        PRIMARY KEY (x_feature_id, annotator_id)
                    )""",
                    """
                    CREATE TABLE note (
                        x_feature_id INTEGER NOT NULL REFERENCES x_feature (id),
                        annotator_id INTEGER NOT NULL REFERENCES annotator (id),
                        text         TEXT NOT NULL,
                        written_at   TEXT NOT NULL,
                        PRIMARY KEY (x_feature_id, annotator_id)
                    )""",
                    """
                    CREATE TABLE run (
                        id      TEXT PRIMARY KEY,
                        started TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE result (
                        run_id      TEXT NOT NULL REFERENCES run (id),
                        key         TEXT NOT NULL,
                        value_json  TEXT NOT NULL,
                        recorded_at TEXT NOT NULL,
                        PRIMARY KEY (run_id, key)
                    )""")),
            new Migration(2, "every note written and deleted, as names and votes already have", List.of(
                    """
                    CREATE TABLE note_change (
                        id           INTEGER PRIMARY KEY,
                        x_feature_id INTEGER NOT NULL REFERENCES x_feature (id),
                        annotator_id INTEGER NOT NULL REFERENCES annotator (id),
                        text         TEXT,
                        changed_at   TEXT NOT NULL
                    )""",
                    "CREATE INDEX note_change_by_feature ON note_change (x_feature_id, annotator_id)",
                    // The notes written before the history existed are its first entries.
                    """
                    INSERT INTO note_change (x_feature_id, annotator_id, text, changed_at)
                    SELECT x_feature_id, annotator_id, text, written_at FROM note""")),
            new Migration(3, "x-features keyed by module version: key changes, earlier keys assigned once, names"
                    + " carried between versions", List.of(
                    """
                    CREATE TABLE module_key_change (
                        id            INTEGER PRIMARY KEY,
                        x_feature_id  INTEGER NOT NULL REFERENCES x_feature (id),
                        old_module_id TEXT NOT NULL,
                        new_module_id TEXT NOT NULL,
                        changed_at    TEXT NOT NULL
                    )""",
                    """
                    CREATE TABLE module_key_assignment (
                        id      INTEGER PRIMARY KEY CHECK (id = 1),
                        done_at TEXT NOT NULL,
                        report  TEXT NOT NULL
                    )""",
                    // Without x-features there are no keys of earlier releases to assign to module versions.
                    """
                    INSERT INTO module_key_assignment (id, done_at, report)
                    SELECT 1, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'nothing to assign'
                    WHERE NOT EXISTS (SELECT 1 FROM x_feature)""",
                    """
                    CREATE TABLE name_carry (
                        id              INTEGER PRIMARY KEY,
                        name_change_id  INTEGER NOT NULL REFERENCES name_change (id),
                        from_feature_id INTEGER NOT NULL REFERENCES x_feature (id),
                        how             TEXT NOT NULL
                    )""")));

    /** The highest schema version this XSpace reads and writes. */
    static final int CURRENT = ALL.get(ALL.size() - 1).version();

    private Migrations() {
    }

    /**
     * Brings the schema up to date in one transaction. Called only when the version read before
     * was older; the version is read again under the write lock, so another XSpace that migrated
     * the same file meanwhile leaves nothing to do here.
     */
    static void migrate(Sql sql, List<Migration> steps) {
        sql.write("updating the schema", () -> {
            int version = sql.intPragma("user_version");
            for (Migration step : steps) {
                if (step.version() > version) {
                    for (String statement : step.statements()) {
                        sql.execute(statement);
                    }
                    sql.execute("PRAGMA user_version = " + step.version());
                }
            }
            return null;
        });
    }
}
