package xspace.workspace.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import xspace.data.Csv;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Timestamps;
import xspace.workspace.db.XFeatureKey;

/** The bundle's CSV tables: names, votes and notes, one row per annotator and x-feature. */
final class BundleTables {

    static final List<String> NAMES = List.of("module_id", "class_index", "feature", "annotator", "name", "named_at");
    static final List<String> VOTES = List.of("module_id", "class_index", "feature", "annotator", "trust", "cast_at");
    static final List<String> NOTES = List.of("module_id", "class_index", "feature", "annotator", "text",
            "written_at");

    private BundleTables() {
    }

    static String names(List<SharedState.Name> names) {
        return Csv.write(NAMES, names.stream().map(n -> row(n.key(), n.annotator(), n.name(), n.at())).toList());
    }

    static String votes(List<SharedState.Vote> votes) {
        return Csv.write(VOTES, votes.stream()
                .map(v -> row(v.key(), v.annotator(), v.trust().name(), v.at())).toList());
    }

    static String notes(List<SharedState.Note> notes) {
        return Csv.write(NOTES, notes.stream().map(n -> row(n.key(), n.annotator(), n.text(), n.at())).toList());
    }

    private static List<String> row(XFeatureKey key, String annotator, String value, Instant at) {
        return List.of(key.moduleId(), Integer.toString(key.classIndex()), Integer.toString(key.feature()),
                annotator, value, Timestamps.format(at));
    }

    static List<SharedState.Name> parseNames(BundleEntry entry, String text, RowRules rules) {
        return parse(entry, text, NAMES, rules, r -> new SharedState.Name(r.key(), r.annotator(), r.name(), r.at()));
    }

    static List<SharedState.Vote> parseVotes(BundleEntry entry, String text, RowRules rules) {
        return parse(entry, text, VOTES, rules,
                r -> new SharedState.Vote(r.key(), r.annotator(), r.trust(), r.at()));
    }

    static List<SharedState.Note> parseNotes(BundleEntry entry, String text, RowRules rules) {
        return parse(entry, text, NOTES, rules, r -> new SharedState.Note(r.key(), r.annotator(), r.note(), r.at()));
    }

    private static <T> List<T> parse(BundleEntry entry, String text, List<String> header, RowRules rules,
            Function<BundleRow, T> mapper) {
        List<Csv.Record> records = records(text, entry, BundleLimits.MAX_ROWS + 1);
        if (records.isEmpty() || !records.get(0).fields().equals(header)) {
            throw entry.problem("expected the header " + String.join(",", header));
        }
        Map<String, Integer> firstLine = new HashMap<>();
        List<T> rows = new ArrayList<>();
        for (Csv.Record record : records.subList(1, records.size())) {
            if (record.fields().size() != header.size()) {
                throw entry.problem(record.line(), "expected " + header.size() + " fields, found "
                        + record.fields().size());
            }
            try {
                rows.add(mapper.apply(new BundleRow(record.fields(), rules)));
                requireFirst(new BundleRow(record.fields(), rules), record.line(), firstLine);
            } catch (WorkspaceException e) {
                throw entry.problem(record.line(), e.getMessage());
            }
        }
        return rows;
    }

    /** The table's records, the header included; a broken or oversized table is refused naming the entry. */
    static List<Csv.Record> records(String text, BundleEntry entry, int maxRecords) {
        try {
            return Csv.parse(text, maxRecords);
        } catch (Csv.Problem p) {
            throw entry.problem(p.line(), p.tooMany() ? "the table has more than " + (maxRecords - 1) + " rows, the"
                    + " most a sharing bundle may hold; refused" : p.getMessage());
        }
    }

    /** Refuses a second row for the same annotator and x-feature: which of the two should win? */
    private static void requireFirst(BundleRow row, int line, Map<String, Integer> firstLine) {
        String annotator = row.annotator();
        XFeatureKey key = row.key();
        Integer first = firstLine.putIfAbsent(annotator + '\0' + key, line);
        if (first != null) {
            throw new WorkspaceException("a second row for " + Shown.quote(annotator) + " on " + Shown.escape(
                    key.toString()) + " (the first is line " + first + ")");
        }
    }
}
