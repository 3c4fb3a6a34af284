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
 * it is newer (a vote retracted or a note deleted here counts as an entry), so nobody's later work
 * is overwritten or undone.
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
                sql.query(select("n.name, n.named_at", "name n"), r -> new SharedState.Name(XFeatureRows.key(r),
                        r.getString("annotator"), r.getString("name"), Timestamps.parse(r.getString("named_at")))),
                sql.query(select("n.trust, n.cast_at", "vote n"), r -> new SharedState.Vote(XFeatureRows.key(r),
                        r.getString("annotator"), Trust.valueOf(r.getString("trust")),
                        Timestamps.parse(r.getString("cast_at")))),
                sql.query(select("n.text, n.written_at", "note n"), r -> new SharedState.Note(XFeatureRows.key(r),
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
            Map<String, Annotator> who = annotators.resolve(annotatorsOf(incoming));
            List<Replacement> replaced = new ArrayList<>();
            MergeCounts nameCounts = MergeCounts.NONE;
            for (SharedState.Name n : incoming.names()) {
                nameCounts = nameCounts.plus(mergeName(n, who.get(n.annotator()), replaced));
            }
            MergeCounts voteCounts = MergeCounts.NONE;
            for (SharedState.Vote v : incoming.votes()) {
                voteCounts = voteCounts.plus(mergeVote(v, who.get(v.annotator()), replaced));
            }
            MergeCounts noteCounts = MergeCounts.NONE;
            for (SharedState.Note n : incoming.notes()) {
                noteCounts = noteCounts.plus(mergeNote(n, who.get(n.annotator()), replaced));
            }
            int added = annotators.all().size() - before;
            return new MergeResult(added, nameCounts, voteCounts, noteCounts, conflicts(incoming.names()), replaced);
        });
    }

    /** The listed annotators and any that only rows name, in order of appearance. */
    private static Set<String> annotatorsOf(SharedState incoming) {
        Set<String> names = new LinkedHashSet<>(incoming.annotators());
        incoming.names().forEach(n -> names.add(n.annotator()));
        incoming.votes().forEach(v -> names.add(v.annotator()));
        incoming.notes().forEach(n -> names.add(n.annotator()));
        return names;
    }

    private MergeOutcome mergeName(SharedState.Name n, Annotator who, List<Replacement> replaced)
            throws SQLException {
        String name = Text.line(n.name(), "the name of x-feature " + n.key(), NameStore.MAX_NAME);
        long feature = XFeatureRows.idOf(sql, n.key());
        Optional<Local<String>> local = sql.queryOne("SELECT name, named_at FROM name WHERE x_feature_id = ?"
                + " AND annotator_id = ?", StateMerge::local, feature, who.id());
        MergeOutcome outcome = decide(local, name, n.at());
        if (outcome == MergeOutcome.ADDED || outcome == MergeOutcome.UPDATED) {
            names.record(feature, who.id(), name, Timestamps.stored(n.at()));
        }
        return remember(outcome, replaced, new Replacement(who.name(), Replacement.NAME, n.key(), null, null, name,
                Timestamps.format(n.at())), local);
    }

    private MergeOutcome mergeVote(SharedState.Vote v, Annotator who, List<Replacement> replaced)
            throws SQLException {
        long feature = XFeatureRows.idOf(sql, v.key());
        // The latest change, not the current vote: a vote retracted here after the colleague's stays retracted.
        Optional<Local<String>> local = latest(LatestChange.Kind.VOTE, feature, who);
        MergeOutcome outcome = decide(local, v.trust().name(), v.at());
        if (outcome == MergeOutcome.ADDED || outcome == MergeOutcome.UPDATED) {
            votes.record(feature, who.id(), v.trust(), Timestamps.stored(v.at()));
        }
        return remember(outcome, replaced, new Replacement(who.name(), Replacement.VOTE, v.key(), null, null,
                v.trust().name(), Timestamps.format(v.at())), local);
    }

    private MergeOutcome mergeNote(SharedState.Note n, Annotator who, List<Replacement> replaced)
            throws SQLException {
        String text = Text.lines(n.text(), "a note", NoteStore.MAX_TEXT);
        long feature = XFeatureRows.idOf(sql, n.key());
        // The latest change, not the current note, as for votes: a note deleted here after the colleague's
        // stays deleted.
        Optional<Local<String>> local = latest(LatestChange.Kind.NOTE, feature, who);
        MergeOutcome outcome = decide(local, text, n.at());
        if (outcome == MergeOutcome.ADDED || outcome == MergeOutcome.UPDATED) {
            notes.write(feature, who.id(), text, Timestamps.stored(n.at()));
        }
        return remember(outcome, replaced, new Replacement(who.name(), Replacement.NOTE, n.key(), null, null, text,
                Timestamps.format(n.at())), local);
    }

    private Optional<Local<String>> latest(LatestChange.Kind kind, long feature, Annotator who) throws SQLException {
        return LatestChange.of(sql, kind, feature, who.id()).map(c -> new Local<>(c.value(), c.instant()));
    }

    private static Local<String> local(java.sql.ResultSet row) throws SQLException {
        return new Local<>(row.getString(1), Timestamps.parse(row.getString(2)));
    }

    /** Lists an update with the entry it replaced, so the report can say what changed for whom. */
    private static MergeOutcome remember(MergeOutcome outcome, List<Replacement> replaced, Replacement incoming,
            Optional<Local<String>> local) {
        if (outcome == MergeOutcome.UPDATED) {
            replaced.add(incoming.replacing(local.get().value(), Timestamps.format(local.get().at())));
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
