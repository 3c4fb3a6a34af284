package xspace.workspace.db;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The names annotators give x-features: {@code name} holds each annotator's current name for a
 * feature, {@code name_change} every name ever set, so a rename loses nothing.
 */
final class NameStore {

    static final int MAX_NAME = Text.MAX_NAME;

    private static final String BY_FEATURE = """
            SELECT a.id, a.name AS annotator, n.name, n.named_at FROM name n
            JOIN annotator a ON a.id = n.annotator_id
            JOIN x_feature f ON f.id = n.x_feature_id
            WHERE f.module_id = ? AND f.class_index = ? AND f.feature = ?
            """;

    private final Sql sql;
    private final Clock clock;
    private final AnnotatorStore annotators;

    NameStore(Sql sql, Clock clock, AnnotatorStore annotators) {
        this.sql = sql;
        this.clock = clock;
        this.annotators = annotators;
    }

    NameChange set(XFeatureKey key, Annotator annotator, String name) {
        String clean = Text.line(name, "the name of x-feature " + key, MAX_NAME);
        Instant at = Timestamps.stored(clock.instant());
        return sql.write("naming x-feature " + key, () -> {
            annotators.require(annotator);
            record(XFeatureRows.idOf(sql, key), annotator.id(), clean, at);
            return new NameChange(key, annotator, clean, at);
        });
    }

    /**
     * Appends to the history and makes it the annotator's current name; the caller holds the transaction.
     *
     * @param at when the annotator decided it (a bundle's or a carried name keeps the time it was given)
     * @return the id of the history entry
     */
    long record(long featureId, long annotatorId, String name, Instant at) throws SQLException {
        String time = Timestamps.format(at);
        long change = sql.insert("INSERT INTO name_change (x_feature_id, annotator_id, name, changed_at)"
                + " VALUES (?, ?, ?, ?)", featureId, annotatorId, name, time);
        sql.update("""
                INSERT INTO name (x_feature_id, annotator_id, change_id, name, named_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (x_feature_id, annotator_id)
                DO UPDATE SET change_id = excluded.change_id, name = excluded.name, named_at = excluded.named_at
                """, featureId, annotatorId, change, name, time);
        return change;
    }

    /** The name set most recently by anyone (later entries win a tie of times). */
    Optional<String> current(XFeatureKey key) {
        return sql.read("reading the name of " + key, () -> sql.queryOne(
                BY_FEATURE + " ORDER BY n.named_at DESC, n.change_id DESC LIMIT 1",
                r -> r.getString("name"), params(key)));
    }

    Map<Annotator, String> byAnnotator(XFeatureKey key) {
        return sql.read("reading the names of " + key, () -> {
            Map<Annotator, String> names = new LinkedHashMap<>();
            for (var row : sql.query(BY_FEATURE + " ORDER BY a.name COLLATE NOCASE",
                    r -> Map.entry(new Annotator(r.getLong("id"), r.getString("annotator")), r.getString("name")),
                    params(key))) {
                names.put(row.getKey(), row.getValue());
            }
            return names;
        });
    }

    List<NameChange> history(XFeatureKey key) {
        return sql.read("reading the name history of " + key, () -> sql.query("""
                SELECT a.id, a.name AS annotator, c.name, c.changed_at FROM name_change c
                JOIN annotator a ON a.id = c.annotator_id
                JOIN x_feature f ON f.id = c.x_feature_id
                WHERE f.module_id = ? AND f.class_index = ? AND f.feature = ?
                ORDER BY c.changed_at, c.id
                """, r -> new NameChange(key, new Annotator(r.getLong("id"), r.getString("annotator")),
                        r.getString("name"), Timestamps.parse(r.getString("changed_at"))), params(key)));
    }

    /** Names in current use, the most used first, then the most recently given, then alphabetically. */
    List<String> used() {
        return sql.read("listing names", () -> sql.query("""
                SELECT name, count(*) AS uses, max(named_at) AS latest FROM name
                GROUP BY name ORDER BY uses DESC, latest DESC, name
                """, r -> r.getString("name")));
    }

    static Object[] params(XFeatureKey key) {
        return new Object[] {key.moduleId(), key.classIndex(), key.feature()};
    }
}
