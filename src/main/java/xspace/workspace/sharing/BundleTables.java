package xspace.workspace.sharing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Timestamps;
import xspace.workspace.db.Trust;
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

    static List<SharedState.Name> parseNames(String text) {
        return parse(text, "names.csv", NAMES, r -> new SharedState.Name(r.key(), r.annotator(), r.value(), r.at()));
    }

    static List<SharedState.Vote> parseVotes(String text) {
        return parse(text, "votes.csv", VOTES,
                r -> new SharedState.Vote(r.key(), r.annotator(), r.trust(), r.at()));
    }

    static List<SharedState.Note> parseNotes(String text) {
        return parse(text, "notes.csv", NOTES, r -> new SharedState.Note(r.key(), r.annotator(), r.value(), r.at()));
    }

    /** A row of any of the tables; the columns are in the order of the header constants. */
    private record Row(String source, int number, List<String> fields) {

        XFeatureKey key() {
            return new XFeatureKey(fields.get(0), integer(1), integer(2));
        }

        String annotator() {
            return fields.get(3);
        }

        String value() {
            return fields.get(4);
        }

        Trust trust() {
            try {
                return Trust.valueOf(fields.get(4));
            } catch (IllegalArgumentException e) {
                throw problem("trust \"" + fields.get(4) + "\" is not one of TRUST, DISTRUST, UNSURE");
            }
        }

        Instant at() {
            return Timestamps.parse(fields.get(5));
        }

        private int integer(int column) {
            try {
                return Integer.parseInt(fields.get(column));
            } catch (NumberFormatException e) {
                throw problem("\"" + fields.get(column) + "\" is not a whole number");
            }
        }

        WorkspaceException problem(String what) {
            return new WorkspaceException(source + " row " + number + ": " + what);
        }
    }

    private static <T> List<T> parse(String text, String source, List<String> header, Function<Row, T> mapper) {
        List<List<String>> records = Csv.parse(text, source);
        if (records.isEmpty() || !records.get(0).equals(header)) {
            throw new WorkspaceException(source + ": expected the header " + String.join(",", header));
        }
        List<T> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            Row row = new Row(source, i + 1, records.get(i));
            if (row.fields().size() != header.size()) {
                throw row.problem("expected " + header.size() + " fields, found " + row.fields().size());
            }
            try {
                rows.add(mapper.apply(row));
            } catch (WorkspaceException e) {
                throw e.getMessage().startsWith(source) ? e : row.problem(e.getMessage());
            }
        }
        return rows;
    }
}
