package xspace.workspace.db;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Trust votes: {@code vote} holds each annotator's current vote on a feature, {@code vote_change}
 * every vote cast and retracted (trust NULL), so a changed mind is on record.
 */
final class VoteStore {

    private final Sql sql;
    private final Clock clock;
    private final AnnotatorStore annotators;

    VoteStore(Sql sql, Clock clock, AnnotatorStore annotators) {
        this.sql = sql;
        this.clock = clock;
        this.annotators = annotators;
    }

    VoteChange cast(XFeatureKey key, Annotator annotator, Trust trust) {
        Instant at = Timestamps.stored(clock.instant());
        return sql.write("casting " + annotator.name() + "'s vote on " + key, () -> {
            annotators.require(annotator);
            record(XFeatureRows.idOf(sql, key), annotator.id(), trust, at);
            return new VoteChange(key, annotator, Optional.of(trust), at);
        });
    }

    /** Removes the annotator's current vote, keeping it in the history; false when there was none. */
    boolean retract(XFeatureKey key, Annotator annotator) {
        Instant at = Timestamps.stored(clock.instant());
        return sql.write("retracting " + annotator.name() + "'s vote on " + key, () -> {
            annotators.require(annotator);
            Optional<Long> feature = XFeatureRows.find(sql, key);
            if (feature.isEmpty() || sql.update("DELETE FROM vote WHERE x_feature_id = ? AND annotator_id = ?",
                    feature.get(), annotator.id()) == 0) {
                return false;
            }
            sql.insert("INSERT INTO vote_change (x_feature_id, annotator_id, trust, changed_at) VALUES (?, ?, NULL, ?)",
                    feature.get(), annotator.id(), Timestamps.format(at));
            return true;
        });
    }

    /** Appends to the history and makes it the annotator's current vote; the caller holds the transaction. */
    void record(long featureId, long annotatorId, Trust trust, Instant at) throws SQLException {
        String time = Timestamps.format(at);
        long change = sql.insert("INSERT INTO vote_change (x_feature_id, annotator_id, trust, changed_at)"
                + " VALUES (?, ?, ?, ?)", featureId, annotatorId, trust.name(), time);
        sql.update("""
                INSERT INTO vote (x_feature_id, annotator_id, change_id, trust, cast_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (x_feature_id, annotator_id)
                DO UPDATE SET change_id = excluded.change_id, trust = excluded.trust, cast_at = excluded.cast_at
                """, featureId, annotatorId, change, trust.name(), time);
    }

    Map<Annotator, Trust> votes(XFeatureKey key) {
        return sql.read("reading the votes on " + key, () -> {
            Map<Annotator, Trust> votes = new LinkedHashMap<>();
            for (var row : sql.query("""
                    SELECT a.id, a.name, v.trust FROM vote v
                    JOIN annotator a ON a.id = v.annotator_id
                    JOIN x_feature f ON f.id = v.x_feature_id
                    WHERE f.module_id = ? AND f.class_index = ? AND f.feature = ?
                    ORDER BY a.name COLLATE NOCASE
                    """, r -> Map.entry(AnnotatorStore.annotator(r), Trust.valueOf(r.getString("trust"))),
                    NameStore.params(key))) {
                votes.put(row.getKey(), row.getValue());
            }
            return votes;
        });
    }

    VoteTally tally(XFeatureKey key) {
        return VoteTally.of(votes(key).values());
    }

    /** The module's x-features whose current votes have a strict DISTRUST majority ({@link VoteTally}). */
    Set<XFeatureKey> distrusted(String moduleId) {
        return sql.read("reading the votes on module " + moduleId, () -> {
            Map<XFeatureKey, List<Trust>> byFeature = new HashMap<>();
            for (var row : sql.query("""
                    SELECT f.module_id, f.class_index, f.feature, v.trust FROM vote v
                    JOIN x_feature f ON f.id = v.x_feature_id
                    WHERE f.module_id = ? ORDER BY f.class_index, f.feature
                    """, r -> Map.entry(XFeatureRows.key(r), Trust.valueOf(r.getString("trust"))), moduleId)) {
                byFeature.computeIfAbsent(row.getKey(), k -> new ArrayList<>()).add(row.getValue());
            }
            Set<XFeatureKey> distrusted = new LinkedHashSet<>();
            byFeature.entrySet().stream()
                    .filter(e -> VoteTally.of(e.getValue()).majority().equals(Optional.of(Trust.DISTRUST)))
                    .map(Map.Entry::getKey)
                    .sorted(java.util.Comparator.comparingInt(XFeatureKey::classIndex)
                            .thenComparingInt(XFeatureKey::feature))
                    .forEach(distrusted::add);
            return distrusted;
        });
    }

    List<VoteChange> history(XFeatureKey key) {
        return sql.read("reading the vote history of " + key, () -> sql.query("""
                SELECT a.id, a.name, c.trust, c.changed_at FROM vote_change c
                JOIN annotator a ON a.id = c.annotator_id
                JOIN x_feature f ON f.id = c.x_feature_id
                WHERE f.module_id = ? AND f.class_index = ? AND f.feature = ?
                ORDER BY c.changed_at, c.id
                """, r -> new VoteChange(key, AnnotatorStore.annotator(r),
                        Optional.ofNullable(r.getString("trust")).map(Trust::valueOf),
                        Timestamps.parse(r.getString("changed_at"))), NameStore.params(key)));
    }
}
