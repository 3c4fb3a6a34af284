package xspace.data;

import java.util.Arrays;

/**
 * One non-blank line of a CUB text file split on whitespace, with checked access to its fields.
 * Each check failure is a {@link BadLineException} whose message says what was expected. A line
 * that was not valid UTF-8 fails its field-count check, which every file's reader makes before it
 * uses a field: so the line is refused with the same consequence as any other broken line, and
 * no mangled name is ever stored.
 */
final class CubLine {

    private final int number;
    private final String text;
    private final String encodingProblem;
    private int[] starts = new int[8];
    private int[] ends = new int[8];
    private int count;

    CubLine(int number, String text) {
        this(number, text, null);
    }

    /** @param encodingProblem why the line's bytes are not valid UTF-8, or null when they are */
    CubLine(int number, String text, String encodingProblem) {
        this.number = number;
        this.text = text;
        this.encodingProblem = encodingProblem;
        split();
    }

    int number() {
        return number;
    }

    int fieldCount() {
        return count;
    }

    /** Requires exactly {@code n} fields; {@code format} names them, e.g. {@code <image_id> <class_id>}. */
    void expectFields(int n, String format) throws BadLineException {
        requireValidText();
        if (count != n) {
            throw bad("expected " + n + " fields \"" + format + "\", found " + count);
        }
    }

    /** Requires at least {@code n} fields, for files whose last field may contain spaces. */
    void expectAtLeast(int n, String format) throws BadLineException {
        requireValidText();
        if (count < n) {
            throw bad("expected " + n + " fields \"" + format + "\", found " + count);
        }
    }

    private void requireValidText() throws BadLineException {
        if (encodingProblem != null) {
            throw bad(encodingProblem);
        }
    }

    String field(int i) {
        return text.substring(starts[i], ends[i]);
    }

    /** The text from field {@code i} to the end of the line: names may contain spaces. */
    String rest(int i) {
        return text.substring(starts[i], ends[count - 1]);
    }

    /** Whether field {@code i} exists and is an integer. */
    boolean isInt(int i) {
        if (i >= count) {
            return false;
        }
        try {
            intField(i, "");
            return true;
        } catch (BadLineException e) {
            return false;
        }
    }

    int intField(int i, String name) throws BadLineException {
        int value = 0;
        int pos = starts[i];
        boolean negative = pos < ends[i] && text.charAt(pos) == '-';
        if (negative) {
            pos++;
        }
        // 9 digits cannot overflow an int; longer numbers are not ids anyway
        if (pos == ends[i] || ends[i] - pos > 9) {
            throw notA("an integer", i, name);
        }
        for (; pos < ends[i]; pos++) {
            int digit = text.charAt(pos) - '0';
            if (digit < 0 || digit > 9) {
                throw notA("an integer", i, name);
            }
            value = value * 10 + digit;
        }
        return negative ? -value : value;
    }

    double doubleField(int i, String name) throws BadLineException {
        try {
            double value = Double.parseDouble(field(i));
            if (Double.isFinite(value) && Character.isDigit(text.charAt(ends[i] - 1))) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the field's name
        }
        throw notA("a number", i, name);
    }

    /** A 0/1 field such as {@code <visible>} or {@code <is_training_image>}. */
    boolean flagField(int i, String name) throws BadLineException {
        int value = intField(i, name);
        if (value != 0 && value != 1) {
            throw bad("field " + (i + 1) + " " + name + " must be 0 or 1, found " + Echo.plain(field(i)));
        }
        return value == 1;
    }

    BadLineException bad(String message) {
        return new BadLineException(message, Outcome.LINE_IGNORED);
    }

    private BadLineException notA(String kind, int i, String name) {
        return bad("field " + (i + 1) + " " + name + " is not " + kind + ": " + Echo.quoted(field(i)));
    }

    private void split() {
        int length = text.length();
        int pos = 0;
        while (pos < length) {
            while (pos < length && Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            if (pos == length) {
                break;
            }
            int start = pos;
            while (pos < length && !Character.isWhitespace(text.charAt(pos))) {
                pos++;
            }
            add(start, pos);
        }
    }

    private void add(int start, int end) {
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }
}
