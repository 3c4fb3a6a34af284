package xspace.workspace.db;

import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import xspace.workspace.WorkspaceException;

/** The {@code annotator} table. */
final class AnnotatorStore {

    static final int MAX_NAME = 100;

    private final Sql sql;
    private final Clock clock;

    AnnotatorStore(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    Annotator add(String name) {
        String clean = Text.required(name, "an annotator's name", MAX_NAME);
        return sql.write("adding annotator \"" + clean + "\"", () -> {
            if (find(clean).isPresent()) {
                throw new WorkspaceException("an annotator named \"" + clean + "\" already exists");
            }
            return insert(clean);
        });
    }

    /** The annotator of that name (ignoring case), added if new. */
    Annotator findOrAdd(String name) throws SQLException {
        String clean = Text.required(name, "an annotator's name", MAX_NAME);
        Optional<Annotator> known = find(clean);
        return known.isPresent() ? known.get() : insert(clean);
    }

    List<Annotator> all() {
        return sql.read("listing annotators", () -> sql.query(
                "SELECT id, name FROM annotator ORDER BY name COLLATE NOCASE", AnnotatorStore::annotator));
    }

    Optional<Annotator> find(String name) throws SQLException {
        return sql.queryOne("SELECT id, name FROM annotator WHERE name = ? COLLATE NOCASE",
                AnnotatorStore::annotator, name.strip());
    }

    /** Refuses an annotator that is not in this workspace (one from another workspace, say). */
    void require(Annotator annotator) throws SQLException {
        boolean known = sql.queryOne("SELECT 1 FROM annotator WHERE id = ? AND name = ?", r -> true,
                annotator.id(), annotator.name()).isPresent();
        if (!known) {
            throw new WorkspaceException("annotator \"" + annotator.name() + "\" (id " + annotator.id()
                    + ") is not in " + sql.file());
        }
    }

    private Annotator insert(String name) throws SQLException {
        long id = sql.insert("INSERT INTO annotator (name, created) VALUES (?, ?)", name,
                Timestamps.format(clock.instant()));
        return new Annotator(id, name);
    }

    static Annotator annotator(java.sql.ResultSet row) throws SQLException {
        return new Annotator(row.getLong("id"), row.getString("name"));
    }
}
