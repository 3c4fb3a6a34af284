package xspace.workspace.db;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Free-text notes, one per annotator and x-feature; writing blank text removes the note. {@code
 * note} holds the current ones, {@code note_change} every text written and every deletion, so a
 * note replaced (by its author or by an imported bundle) is never lost.
 */
final class NoteStore {

    static final int MAX_TEXT = Text.MAX_NOTE;

    private final Sql sql;
    private final Clock clock;
    private final AnnotatorStore annotators;

    NoteStore(Sql sql, Clock clock, AnnotatorStore annotators) {
        this.sql = sql;
        this.clock = clock;
        this.annotators = annotators;
    }

    Optional<Note> set(XFeatureKey key, Annotator annotator, String text) {
        Instant at = Timestamps.stored(clock.instant());
        boolean remove = text == null || text.isBlank();
        String clean = remove ? "" : Text.lines(text, "a note", MAX_TEXT);
        return sql.write("writing " + annotator.name() + "'s note on " + key, () -> {
            annotators.require(annotator);
            long feature = XFeatureRows.idOf(sql, key);
            if (remove) {
                delete(feature, annotator.id(), at);
                return Optional.empty();
            }
            write(feature, annotator.id(), clean, at);
            return Optional.of(new Note(annotator, clean, at));
        });
    }

    private void delete(long featureId, long annotatorId, Instant at) throws SQLException {
        if (sql.update("DELETE FROM note WHERE x_feature_id = ? AND annotator_id = ?", featureId, annotatorId) > 0) {
            sql.insert("INSERT INTO note_change (x_feature_id, annotator_id, text, changed_at) VALUES (?, ?, NULL, ?)",
                    featureId, annotatorId, Timestamps.format(at));
        }
    }

    /** Appends to the history and makes it the annotator's current note; the caller holds the transaction. */
    void write(long featureId, long annotatorId, String text, Instant at) throws SQLException {
        String time = Timestamps.format(at);
        sql.insert("INSERT INTO note_change (x_feature_id, annotator_id, text, changed_at) VALUES (?, ?, ?, ?)",
                featureId, annotatorId, text, time);
        sql.update("""
                INSERT INTO note (x_feature_id, annotator_id, text, written_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (x_feature_id, annotator_id)
                DO UPDATE SET text = excluded.text, written_at = excluded.written_at
                """, featureId, annotatorId, text, time);
    }

    /** The notes on a feature, oldest first. */
    List<Note> notes(XFeatureKey key) {
        return sql.read("reading the notes on " + key, () -> sql.query("""
                SELECT a.id, a.name, n.text, n.written_at FROM note n
                JOIN annotator a ON a.id = n.annotator_id
                JOIN x_feature f ON f.id = n.x_feature_id
                WHERE f.module_id = ? AND f.class_index = ? AND f.feature = ?
                ORDER BY n.written_at, a.name COLLATE NOCASE
                """, r -> new Note(AnnotatorStore.annotator(r), r.getString("text"),
                        Timestamps.parse(r.getString("written_at"))), NameStore.params(key)));
    }

    /** Every note written and deleted on the feature, oldest first. */
    List<NoteChange> history(XFeatureKey key) {
        return sql.read("reading the note history of " + key, () -> sql.query("""
                SELECT a.id, a.name, c.text, c.changed_at FROM note_change c
                JOIN annotator a ON a.id = c.annotator_id
                JOIN x_feature f ON f.id = c.x_feature_id
                WHERE f.module_id = ? AND f.class_index = ? AND f.feature = ?
                ORDER BY c.changed_at, c.id
                """, r -> new NoteChange(key, AnnotatorStore.annotator(r), Optional.ofNullable(r.getString("text")),
                        Timestamps.parse(r.getString("changed_at"))), NameStore.params(key)));
    }
}
