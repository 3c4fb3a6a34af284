package xspace.data;

import java.util.ArrayList;
import java.util.List;

/**
 * The one CSV codec of XSpace, RFC 4180 (UTF-8 text, CRLF line ends): fields with a comma, quote,
 * line break or outer space are quoted, quotes doubled. Sharing bundles, the names-and-votes
 * export and the evaluation's tables write with it, and the application reads those tables with
 * it; names and notes are typed by people and may hold any of these characters.
 */
public final class Csv {

    private Csv() {
    }

    /** A record and the line it starts on (a quoted field may span lines). */
    public record Record(int line, List<String> fields) {
    }

    /** A text that is not CSV, or holds more records than allowed; {@code line} is where. */
    public static final class Problem extends RuntimeException {

        private final int line;
        private final boolean tooMany;

        Problem(int line, String message, boolean tooMany) {
            super(message);
            this.line = line;
            this.tooMany = tooMany;
        }

        public int line() {
            return line;
        }

        /** Whether the text has more records than allowed (rather than being broken). */
        public boolean tooMany() {
            return tooMany;
        }
    }

    public static String write(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        line(out, header);
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    /** The rows, the first of them usually the header. */
    public static String write(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        rows.forEach(row -> line(out, row));
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(fields.get(i)));
        }
        out.append("\r\n");
    }

    private static String quoted(String field) {
        boolean plain = field.chars().noneMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n')
                && field.equals(field.strip());
        return plain ? field : '"' + field.replace("\"", "\"\"") + '"';
    }

    /**
     * The records of the text, at most {@code maxRecords} of them, the header included: reading
     * stops there rather than holding a huge table in memory. An unterminated quote is refused at
     * the line where it opened. Plain CR, LF and CRLF line ends are all read.
     */
    public static List<Record> parse(String text, int maxRecords) {
        List<Record> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int quoteLine = 1;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                quoteLine = line;
            } else if (c == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                    lineBreak = true;
                }
                record.add(field.toString());
                field.setLength(0);
                add(records, new Record(recordLine, record), maxRecords);
                record = new ArrayList<>();
                recordLine = line + 1;
            } else {
                field.append(c);
            }
            line += lineBreak ? 1 : 0;
            i++;
        }
        if (quoted) {
            throw new Problem(quoteLine, "a quote opened here is never closed", false);
        }
        if (field.length() > 0 || !record.isEmpty()) {
            record.add(field.toString());
            add(records, new Record(recordLine, record), maxRecords);
        }
        return records;
    }

    private static void add(List<Record> records, Record record, int maxRecords) {
        if (records.size() == maxRecords) {
            throw new Problem(record.line(), "more than " + maxRecords + " records", true);
        }
        records.add(record);
    }
}
