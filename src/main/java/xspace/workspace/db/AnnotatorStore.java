package xspace.workspace.db;

import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import xspace.workspace.WorkspaceException;

/** The {@code annotator} table; names are compared as {@link AnnotatorNames} says. */
final class AnnotatorStore {

    private final Sql sql;
    private final Clock clock;

    AnnotatorStore(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** Adds an annotator; refused when one of the same or a look-alike name exists. */
    Annotator add(String name) {
        String clean = clean(name);
        return sql.write("adding annotator \"" + clean + "\"", () -> {
            Optional<Annotator> known = find(clean);
            if (known.isPresent()) {
                String as = known.get().name().equals(clean) ? ""
                        : " (as \"" + known.get().name() + "\"; names that differ only by case, spaces or Unicode"
                                + " form are one name)";
                throw new WorkspaceException("an annotator named \"" + clean + "\" already exists" + as);
            }
            return insert(clean);
        });
    }

    /**
     * The annotators of a colleague's state, by the names given: the one of exactly that name, or a
     * new one. A name that only looks like one here (another case, say) is refused, never merged.
     */
    Map<String, Annotator> resolve(Collection<String> names) throws SQLException {
        List<Annotator> known = new ArrayList<>(loadAll());
        Map<String, Annotator> resolved = new HashMap<>();
        for (String name : names) {
            String clean = clean(name);
            Optional<Annotator> same = known.stream()
                    .filter(a -> AnnotatorNames.normalise(a.name()).equals(clean)).findFirst();
            if (same.isEmpty()) {
                known.stream().filter(a -> AnnotatorNames.ambiguous(a.name(), clean)).findFirst().ifPresent(a -> {
                    throw lookAlike(clean, a.name());
                });
                same = Optional.of(insert(clean));
                known.add(same.get());
            }
            resolved.put(name, same.get());
        }
        return resolved;
    }

    static WorkspaceException lookAlike(String incoming, String here) {
        return new WorkspaceException("annotator \"" + incoming + "\" looks like \"" + here + "\" of this workspace"
                + " (they differ only by case, spaces or Unicode form); refused so that one person's work is not"
                + " merged into another's");
    }

    List<Annotator> all() {
        return sql.read("listing annotators", () -> sql.query(
                "SELECT id, name FROM annotator ORDER BY name COLLATE NOCASE", AnnotatorStore::annotator));
    }

    /** The annotator of exactly that name, else one whose name looks alike (the app finds "ann" as "Ann"). */
    Optional<Annotator> find(String name) throws SQLException {
        String clean = AnnotatorNames.normalise(name);
        String key = AnnotatorNames.key(clean);
        List<Annotator> alike = loadAll().stream().filter(a -> AnnotatorNames.key(a.name()).equals(key)).toList();
        Optional<Annotator> same = alike.stream()
                .filter(a -> AnnotatorNames.normalise(a.name()).equals(clean)).findFirst();
        return same.isPresent() ? same : alike.stream().findFirst();
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

    private static String clean(String name) {
        return AnnotatorNames.checked(name);
    }

    private List<Annotator> loadAll() throws SQLException {
        return sql.query("SELECT id, name FROM annotator ORDER BY id", AnnotatorStore::annotator);
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
