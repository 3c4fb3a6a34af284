package xspace.workspace.db;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Carries names from the x-features of one module version to those of another, which a person
 * decided match: every carried name is a new entry of its annotator's name history on the target,
 * linked in {@code name_carry} to the x-feature it came from, why and when it was carried. It keeps
 * the time of the name it copies, the time of the decision, so it never outranks a name its
 * annotator gave after that one, here or in a workspace a bundle comes from.
 */
public final class NameCarrier {

    private final Sql sql;
    private final Clock clock;
    private final NameStore names;

    NameCarrier(Sql sql, Clock clock, NameStore names) {
        this.sql = sql;
        this.clock = clock;
        this.names = names;
    }

    /**
     * One x-feature's names to carry to another.
     *
     * @param how why the two are taken as one, kept with each carried name ("matched, r = 0.94")
     */
    public record Carry(XFeatureKey from, XFeatureKey to, String how) {
    }

    /** A name carried, or one left because the annotator had named the target otherwise ({@code theirs}). */
    public record Named(XFeatureKey from, XFeatureKey to, String annotator, String name, String theirs) {
    }

    /** The names carried, those left (the annotator's own name on the target stays), and those already there. */
    public record Result(List<Named> carried, List<Named> left, int unchanged) {
    }

    Result carry(List<Carry> carries) {
        Instant at = Timestamps.stored(clock.instant());
        return sql.write("carrying names between module versions", () -> {
            List<Named> carried = new ArrayList<>();
            List<Named> left = new ArrayList<>();
            int unchanged = 0;
            for (Carry c : carries) {
                Optional<Long> from = XFeatureRows.find(sql, c.from());
                if (from.isEmpty()) {
                    continue;
                }
                requireOneTarget(c, from.get());
                for (Map.Entry<Long, String[]> own : currentNames(from.get()).entrySet()) {
                    String name = own.getValue()[1];
                    Optional<String> theirs = currentName(c.to(), own.getKey());
                    if (theirs.isEmpty()) {
                        // Dated as the name it copies: the carry is no new decision of the annotator's, and the
                        // carry's time would outrank, in later merges, names they gave the target themselves.
                        Instant decided = Timestamps.parse(own.getValue()[2]);
                        long change = names.record(XFeatureRows.idOf(sql, c.to()), own.getKey(), name, decided);
                        sql.insert("INSERT INTO name_carry (name_change_id, from_feature_id, how) VALUES (?, ?, ?)",
                                change, from.get(), c.how() + ", carried " + Timestamps.format(at));
                        carried.add(new Named(c.from(), c.to(), own.getValue()[0], name, null));
                    } else if (theirs.get().equals(name)) {
                        unchanged++;
                    } else {
                        left.add(new Named(c.from(), c.to(), own.getValue()[0], name, theirs.get()));
                    }
                }
            }
            return new Result(carried, left, unchanged);
        });
    }

    /**
     * An x-feature's names go to one x-feature of a version: carried earlier to another one of the
     * same version, a second carry would name two concepts alike and is refused, nothing written.
     */
    private void requireOneTarget(Carry c, long fromId) throws SQLException {
        Optional<String> earlier = sql.queryOne("""
                SELECT f.feature || ' (' || nc.how || ')' FROM name_carry nc
                JOIN name_change ch ON ch.id = nc.name_change_id JOIN x_feature f ON f.id = ch.x_feature_id
                WHERE nc.from_feature_id = ? AND f.module_id = ? AND f.class_index = ? AND f.feature <> ?
                ORDER BY nc.id LIMIT 1
                """, r -> r.getString(1), fromId, c.to().moduleId(), c.to().classIndex(), c.to().feature());
        if (earlier.isPresent()) {
            throw new xspace.workspace.WorkspaceException("the names of x-feature " + c.from().feature() + " of "
                    + c.from().moduleId() + " were carried to x-feature " + earlier.get() + " of " + c.to().moduleId()
                    + "; carrying them to x-feature " + c.to().feature() + " too would give two x-features one"
                    + " concept's names. Nothing was carried; name x-feature " + c.to().feature() + " by hand.");
        }
    }

    /** Each annotator's current name on the x-feature: annotator id to (annotator's name, name, named_at). */
    private Map<Long, String[]> currentNames(long featureId) throws SQLException {
        Map<Long, String[]> byAnnotator = new java.util.LinkedHashMap<>();
        for (var row : sql.query("""
                SELECT a.id, a.name AS annotator, n.name, n.named_at FROM name n
                JOIN annotator a ON a.id = n.annotator_id WHERE n.x_feature_id = ? ORDER BY a.name COLLATE NOCASE
                """, r -> Map.entry(r.getLong("id"), new String[] {r.getString("annotator"), r.getString("name"),
                        r.getString("named_at")}),
                featureId)) {
            byAnnotator.put(row.getKey(), row.getValue());
        }
        return byAnnotator;
    }

    private Optional<String> currentName(XFeatureKey key, long annotatorId) throws SQLException {
        return sql.queryOne("""
                SELECT n.name FROM name n JOIN x_feature f ON f.id = n.x_feature_id
                WHERE f.module_id = ? AND f.class_index = ? AND f.feature = ? AND n.annotator_id = ?
                """, r -> r.getString(1), key.moduleId(), key.classIndex(), key.feature(), annotatorId);
    }
}
