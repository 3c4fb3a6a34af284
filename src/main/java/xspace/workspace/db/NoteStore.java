package xspace.workspace.db;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Free-text notes, one per annotator and x-feature; writing blank text removes the note. */
final class NoteStore {

    static final int MAX_TEXT = 20_000;

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
        String clean = remove ? "" : Text.required(text, "a note", MAX_TEXT);
        return sql.write("writing " + annotator.name() + "'s note on " + key, () -> {
            annotators.require(annotator);
            long feature = Features.idOf(sql, key);
            if (remove) {
                sql.update("DELETE FROM note WHERE x_feature_id = ? AND annotator_id = ?", feature, annotator.id());
                return Optional.empty();
            }
            write(feature, annotator.id(), clean, at);
            return Optional.of(new Note(annotator, clean, at));
        });
    }

    void write(long featureId, long annotatorId, String text, Instant at) throws java.sql.SQLException {
        sql.update("""
                INSERT INTO note (x_feature_id, annotator_id, text, written_at) VALUES (?, ?, ?, ?)
                ON CONFLICT (x_feature_id, annotator_id)
                DO UPDATE SET text = excluded.text, written_at = excluded.written_at
                """, featureId, annotatorId, text, Timestamps.format(at));
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
}
