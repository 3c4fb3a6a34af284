package xspace.workspace.db;

import java.sql.SQLException;
import java.util.Optional;

/**
 * Folds one x-feature row into another that stands for the same x-feature of the same module: the
 * earlier key of an x-feature ({@code srae-class-012}, x-feature 0) into the row its version
 * already had ({@code srae-class-012@3f2a…}, x-feature 0), written before the keys were assigned.
 * Every history entry moves, so nothing is lost; per annotator and kind the current entry is the one
 * of the latest change on either row (a retraction or a deletion counts), as a bundle merge decides.
 * The caller holds the transaction.
 */
final class XFeatureFold {

    private XFeatureFold() {
    }

    static void fold(Sql sql, long from, long into) throws SQLException {
        for (LatestChange.Kind kind : LatestChange.Kind.values()) {
            for (long annotator : sql.query("SELECT DISTINCT annotator_id FROM " + kind.changes
                    + " WHERE x_feature_id = ?", r -> r.getLong(1), from)) {
                String fromAt = LatestChange.of(sql, kind, from, annotator).orElseThrow().at();
                Optional<String> intoAt = LatestChange.of(sql, kind, into, annotator).map(LatestChange::at);
                boolean fromWins = intoAt.isEmpty() || fromAt.compareTo(intoAt.get()) > 0;
                if (fromWins) {
                    sql.update("DELETE FROM " + kind.table + " WHERE x_feature_id = ? AND annotator_id = ?", into,
                            annotator);
                    sql.update("UPDATE " + kind.table + " SET x_feature_id = ? WHERE x_feature_id = ?"
                            + " AND annotator_id = ?", into, from, annotator);
                } else {
                    sql.update("DELETE FROM " + kind.table + " WHERE x_feature_id = ? AND annotator_id = ?", from,
                            annotator);
                }
            }
            sql.update("UPDATE " + kind.changes + " SET x_feature_id = ? WHERE x_feature_id = ?", into, from);
        }
        sql.update("UPDATE name_carry SET from_feature_id = ? WHERE from_feature_id = ?", into, from);
        sql.update("UPDATE module_key_change SET x_feature_id = ? WHERE x_feature_id = ?", into, from);
        // Empty now; foreign keys would refuse the delete if anything still pointed at it.
        sql.update("DELETE FROM x_feature WHERE id = ?", from);
    }
}
