package xspace.workspace.db;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads a workspace's {@link SharedState} and merges a colleague's into it, per annotator: an
 * incoming entry replaces this workspace's entry for the same annotator and x-feature only when
 * it is newer (a retraction here counts as an entry), so nobody's later work is overwritten.
 * Names that then differ between annotators are reported, never resolved.
 */
final class StateMerge {

    private record Local<T>(T value, Instant at) {
    }

    private final Sql sql;
    private final AnnotatorStore annotators;
    private final NameStore names;
    private final VoteStore votes;
    private final NoteStore notes;

    StateMerge(Sql sql, AnnotatorStore annotators, NameStore names, VoteStore votes, NoteStore notes) {
        this.sql = sql;
        this.annotators = annotators;
        this.names = names;
        this.votes = votes;
        this.notes = notes;
    }

    SharedState snapshot() {
        // One read transaction: an import committing meanwhile is wholly in the snapshot or wholly out.
        return sql.readConsistent("reading names, votes and notes", () -> new SharedState(
                sql.query("SELECT name FROM annotator ORDER BY name COLLATE NOCASE", r -> r.getString(1)),
                sql.query(select("n.name, n.named_at", "name n"), r -> new SharedState.Name(Features.key(r),
                        r.getString("annotator"), r.getString("name"), Timestamps.parse(r.getString("named_at")))),
                sql.query(select("n.trust, n.cast_at", "vote n"), r -> new SharedState.Vote(Features.key(r),
                        r.getString("annotator"), Trust.valueOf(r.getString("trust")),
                        Timestamps.parse(r.getString("cast_at")))),
                sql.query(select("n.text, n.written_at", "note n"), r -> new SharedState.Note(Features.key(r),
                        r.getString("annotator"), r.getString("text"), Timestamps.parse(r.getString("written_at"))))));
    }

    private static String select(String columns, String table) {
        return "SELECT f.module_id, f.class_index, f.feature, a.name AS annotator, " + columns + " FROM " + table
                + " JOIN annotator a ON a.id = n.annotator_id JOIN x_feature f ON f.id = n.x_feature_id"
                + " ORDER BY f.module_id, f.class_index, f.feature, a.name COLLATE NOCASE";
    }

    /** Merges all or nothing: one transaction. */
    MergeResult merge(SharedState incoming) {
        return sql.write("importing names and votes", () -> {
            int before = annotators.all().size();
            for (String name : incoming.annotators()) {
                annotators.findOrAdd(name);
            }
            MergeCounts nameCounts = MergeCounts.NONE;
            for (SharedState.Name n : incoming.names()) {
                nameCounts = nameCounts.plus(mergeName(n));
            }
            MergeCounts voteCounts = MergeCounts.NONE;
            for (SharedState.Vote v : incoming.votes()) {
                voteCounts = voteCounts.plus(mergeVote(v));
            }
            MergeCounts noteCounts = MergeCounts.NONE;
            for (SharedState.Note n : incoming.notes()) {
                noteCounts = noteCounts.plus(mergeNote(n));
            }
            int added = annotators.all().size() - before;
            return new MergeResult(added, nameCounts, voteCounts, noteCounts, conflicts(incoming.names()));
        });
    }

    private MergeOutcome mergeName(SharedState.Name n) throws SQLException {
        String name = Text.required(n.name(), "the name of x-feature " + n.key(), NameStore.MAX_NAME);
        long feature = Features.idOf(sql, n.key());
        long annotator = annotators.findOrAdd(n.annotator()).id();
        Optional<Local<String>> local = sql.queryOne("SELECT name, named_at FROM name WHERE x_feature_id = ?"
                + " AND annotator_id = ?", r -> new Local<>(r.getString(1), Timestamps.parse(r.getString(2))),
                feature, annotator);
        MergeOutcome outcome = decide(local, name, n.at());
        if (outcome == MergeOutcome.ADDED || outcome == MergeOutcome.UPDATED) {
            names.record(feature, annotator, name, Timestamps.stored(n.at()));
        }
        return outcome;
    }

    private MergeOutcome mergeVote(SharedState.Vote v) throws SQLException {
        long feature = Features.idOf(sql, v.key());
        long annotator = annotators.findOrAdd(v.annotator()).id();
        // The latest change, not the current vote: a vote retracted here after the colleague's stays retracted.
        Optional<Local<String>> local = sql.queryOne("SELECT trust, changed_at FROM vote_change"
                + " WHERE x_feature_id = ? AND annotator_id = ? ORDER BY changed_at DESC, id DESC LIMIT 1",
                r -> new Local<>(r.getString(1), Timestamps.parse(r.getString(2))), feature, annotator);
        MergeOutcome outcome = decide(local, v.trust().name(), v.at());
        if (outcome == MergeOutcome.ADDED || outcome == MergeOutcome.UPDATED) {
            votes.record(feature, annotator, v.trust(), Timestamps.stored(v.at()));
        }
        return outcome;
    }

    private MergeOutcome mergeNote(SharedState.Note n) throws SQLException {
        String text = Text.required(n.text(), "a note", NoteStore.MAX_TEXT);
        long feature = Features.idOf(sql, n.key());
        long annotator = annotators.findOrAdd(n.annotator()).id();
        Optional<Local<String>> local = sql.queryOne("SELECT text, written_at FROM note WHERE x_feature_id = ?"
                + " AND annotator_id = ?", r -> new Local<>(r.getString(1), Timestamps.parse(r.getString(2))),
                feature, annotator);
        MergeOutcome outcome = decide(local, text, n.at());
        if (outcome == MergeOutcome.ADDED || outcome == MergeOutcome.UPDATED) {
            notes.write(feature, annotator, text, Timestamps.stored(n.at()));
        }
        return outcome;
    }

    private static MergeOutcome decide(Optional<Local<String>> local, String value, Instant at) {
        if (local.isEmpty()) {
            return MergeOutcome.ADDED;
        }
        Instant incoming = Timestamps.stored(at);
        if (incoming.isAfter(local.get().at())) {
            return MergeOutcome.UPDATED;
        }
        boolean same = incoming.equals(local.get().at()) && Objects.equals(value, local.get().value());
        return same ? MergeOutcome.UNCHANGED : MergeOutcome.KEPT;
    }

    private List<NameConflict> conflicts(List<SharedState.Name> incoming) {
        Set<XFeatureKey> touched = new LinkedHashSet<>();
        incoming.forEach(n -> touched.add(n.key()));
        List<NameConflict> conflicts = new ArrayList<>();
        for (XFeatureKey key : touched) {
            Map<String, String> byAnnotator = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            names.byAnnotator(key).forEach((a, name) -> byAnnotator.put(a.name(), name));
            long distinct = byAnnotator.values().stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().count();
            if (distinct > 1) {
                conflicts.add(new NameConflict(key, byAnnotator));
            }
        }
        return conflicts;
    }
}
