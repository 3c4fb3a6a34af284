package xspace.workspace.db;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * The latest change an annotator made to one kind of entry on an x-feature, a retraction or a
 * deletion included: what decides between two states of the same entry, a colleague's from a
 * bundle ({@link StateMerge}) or that of an x-feature's earlier key ({@link XFeatureFold}).
 *
 * @param value the entry after the change (null: retracted or deleted)
 * @param at    when, as stored: ISO-8601 text with three fraction digits, whose text order is time order
 */
record LatestChange(String value, String at) {

    /** A kind of entry: its current table, its history and the history's column of the entry. */
    enum Kind {
        NAME("name", "name_change", "name"),
        VOTE("vote", "vote_change", "trust"),
        NOTE("note", "note_change", "text");

        final String table;
        final String changes;
        final String column;

        Kind(String table, String changes, String column) {
            this.table = table;
            this.changes = changes;
            this.column = column;
        }
    }

    static Optional<LatestChange> of(Sql sql, Kind kind, long feature, long annotator) throws SQLException {
        return sql.queryOne("SELECT " + kind.column + ", changed_at FROM " + kind.changes
                + " WHERE x_feature_id = ? AND annotator_id = ? ORDER BY changed_at DESC, id DESC LIMIT 1",
                r -> new LatestChange(r.getString(1), r.getString(2)), feature, annotator);
    }

    Instant instant() {
        return Timestamps.parse(at);
    }
}
