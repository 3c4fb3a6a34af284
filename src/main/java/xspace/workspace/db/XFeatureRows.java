package xspace.workspace.db;

import java.sql.SQLException;
import java.util.Optional;

/** The {@code x_feature} rows: an integer id per x-feature key, created when something is first said about it. */
final class XFeatureRows {

    private XFeatureRows() {
    }

    static Optional<Long> find(Sql sql, XFeatureKey key) throws SQLException {
        return sql.queryOne("SELECT id FROM x_feature WHERE module_id = ? AND class_index = ? AND feature = ?",
                r -> r.getLong(1), key.moduleId(), key.classIndex(), key.feature());
    }

    static long idOf(Sql sql, XFeatureKey key) throws SQLException {
        Optional<Long> id = find(sql, key);
        if (id.isPresent()) {
            return id.get();
        }
        return sql.insert("INSERT INTO x_feature (module_id, class_index, feature) VALUES (?, ?, ?)",
                key.moduleId(), key.classIndex(), key.feature());
    }

    /** Columns {@code module_id, class_index, feature} of a row as a key. */
    static XFeatureKey key(java.sql.ResultSet row) throws SQLException {
        return new XFeatureKey(row.getString("module_id"), row.getInt("class_index"), row.getInt("feature"));
    }
}
