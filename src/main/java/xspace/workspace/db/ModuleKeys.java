package xspace.workspace.db;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The database's view of module versions: which module ids hold names, votes and notes, the
 * one-time assignment of the keys earlier releases used (a module id per method and class) to the
 * module versions they were given on, and names carried from one version to another. Module ids
 * stay opaque here; the workspace, which reads the module files, decides what they mean.
 */
public final class ModuleKeys {

    private final Sql sql;
    private final Clock clock;
    private final NameCarrier carrier;

    ModuleKeys(Sql sql, Clock clock, NameStore names) {
        this.sql = sql;
        this.clock = clock;
        this.carrier = new NameCarrier(sql, clock, names);
    }

    /** What a module id holds: current names, votes and notes, and on which class. */
    public record Held(String moduleId, int classIndex, int names, int votes, int notes, int xFeatures) {

        public boolean isEmpty() {
            return names + votes + notes == 0;
        }
    }

    /** An x-feature's module id as it was before an assignment, and when it changed. */
    public record KeyChange(XFeatureKey now, String oldModuleId, java.time.Instant at) {
    }

    /**
     * What an assignment did: x-features moved to a version's key, and those folded into the
     * version's x-feature of the same index, which held entries already (given before the assignment).
     */
    public record Assignment(boolean done, int assigned, List<XFeatureKey> folded) {
    }

    /** Every module id with an x-feature, with what it holds now, by id then class. */
    public List<Held> held() {
        return sql.read("counting names and votes per module", () -> sql.query("""
                SELECT f.module_id, f.class_index, count(*) AS features,
                    sum((SELECT count(*) FROM name n WHERE n.x_feature_id = f.id)) AS names,
                    sum((SELECT count(*) FROM vote v WHERE v.x_feature_id = f.id)) AS votes,
                    sum((SELECT count(*) FROM note o WHERE o.x_feature_id = f.id)) AS notes
                FROM x_feature f GROUP BY f.module_id, f.class_index ORDER BY f.module_id, f.class_index
                """, r -> new Held(r.getString("module_id"), r.getInt("class_index"), r.getInt("names"),
                        r.getInt("votes"), r.getInt("notes"), r.getInt("features"))));
    }

    /** The module's x-features that have a current name, by class and feature. */
    public List<XFeatureKey> named(String moduleId) {
        return sql.read("listing the named x-features of " + moduleId, () -> sql.query("""
                SELECT DISTINCT f.module_id, f.class_index, f.feature FROM name n
                JOIN x_feature f ON f.id = n.x_feature_id WHERE f.module_id = ? ORDER BY f.class_index, f.feature
                """, XFeatureRows::key, moduleId));
    }

    /** Whether the keys of earlier releases were assigned to module versions (or there were none). */
    public boolean earlierKeysAssigned() {
        return sql.read("reading the key assignment", () -> sql.queryOne(
                "SELECT 1 FROM module_key_assignment WHERE id = 1", r -> true).isPresent());
    }

    /**
     * Assigns the x-features of earlier keys to module versions: each x-feature of an old id takes
     * the new id, keeping its names, votes, notes and their histories, and the change is kept in
     * {@code module_key_change}. Where the version has that x-feature already (something was said
     * about it before the assignment), the two are one x-feature of one module and are merged into
     * it ({@link XFeatureFold}), and the report says so. All in one transaction. When {@code
     * complete}, the assignment is recorded with the report and never made again; otherwise (a
     * module file could not be read) the ids still old are tried again next time. Another XSpace that did it meanwhile leaves
     * nothing to do: {@code done} is then false.
     *
     * @param newIds   the version id for each old module id to assign
     * @param report   what was decided, for people (kept with the record)
     * @param complete whether every old id was decided (assigned, or left for want of its module file)
     */
    public Assignment assignEarlierKeys(Map<String, String> newIds, String report, boolean complete) {
        String at = Timestamps.format(Timestamps.stored(clock.instant()));
        return sql.write("assigning names and votes to module versions", () -> {
            if (sql.queryOne("SELECT 1 FROM module_key_assignment WHERE id = 1", r -> true).isPresent()) {
                return new Assignment(false, 0, List.of());
            }
            int assigned = 0;
            List<XFeatureKey> folded = new ArrayList<>();
            for (Map.Entry<String, String> e : new TreeMap<>(newIds).entrySet()) {
                for (var row : sql.query("SELECT id, module_id, class_index, feature FROM x_feature WHERE module_id = ?",
                        r -> Map.entry(r.getLong("id"), XFeatureRows.key(r)), e.getKey())) {
                    XFeatureKey target = new XFeatureKey(e.getValue(), row.getValue().classIndex(),
                            row.getValue().feature());
                    Optional<Long> taken = XFeatureRows.find(sql, target);
                    long kept = taken.orElse(row.getKey());
                    if (taken.isPresent()) {
                        // One module's x-feature under both keys: one x-feature, all its entries together.
                        XFeatureFold.fold(sql, row.getKey(), taken.get());
                        folded.add(row.getValue());
                    } else {
                        sql.update("UPDATE x_feature SET module_id = ? WHERE id = ?", e.getValue(), row.getKey());
                    }
                    sql.insert("INSERT INTO module_key_change (x_feature_id, old_module_id, new_module_id, changed_at)"
                            + " VALUES (?, ?, ?, ?)", kept, e.getKey(), e.getValue(), at);
                    assigned++;
                }
            }
            if (complete) {
                sql.insert("INSERT INTO module_key_assignment (id, done_at, report) VALUES (1, ?, ?)", at,
                        report + foldedReport(folded, newIds));
            }
            return new Assignment(true, assigned, folded);
        });
    }

    private static String foldedReport(List<XFeatureKey> folded, Map<String, String> newIds) {
        StringBuilder text = new StringBuilder();
        for (XFeatureKey k : folded) {
            text.append("\n").append(k).append(": ").append(newIds.get(k.moduleId()))
                    .append(" had entries on x-feature ").append(k.feature())
                    .append(" already; merged, per annotator the latest current, all in the history");
        }
        return text.toString();
    }

    /** The report recorded with the assignment of earlier keys, if it was made. */
    public java.util.Optional<String> assignmentReport() {
        return sql.read("reading the key assignment", () -> sql.queryOne(
                "SELECT report FROM module_key_assignment WHERE id = 1", r -> r.getString(1)));
    }

    /** Every change of an x-feature's module id, oldest first. */
    public List<KeyChange> keyChanges() {
        return sql.read("reading the module key changes", () -> sql.query("""
                SELECT f.module_id, f.class_index, f.feature, c.old_module_id, c.changed_at
                FROM module_key_change c JOIN x_feature f ON f.id = c.x_feature_id ORDER BY c.id
                """, r -> new KeyChange(XFeatureRows.key(r), r.getString("old_module_id"),
                        Timestamps.parse(r.getString("changed_at")))));
    }

    /**
     * Gives each annotator's current name of every {@code from} x-feature to its {@code to}
     * x-feature, as that annotator's, unless they named it already; all in one transaction. Votes
     * and notes are not carried: they judge one module's x-feature.
     */
    public NameCarrier.Result carryNames(List<NameCarrier.Carry> carries) {
        return carrier.carry(carries);
    }
}
