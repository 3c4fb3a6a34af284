package xspace.data;

import java.util.Locale;

/**
 * Values from input files as an error message repeats them: shortened, since a class name or path
 * of megabytes would otherwise bury the message (and a terminal) under its own input, and with
 * control characters written as {@code \\uXXXX}, since an escape sequence or a line break printed as
 * it is could clear the terminal or forge a line of the message.
 */
public final class Echo {

    /** Values up to this many characters are repeated whole. */
    public static final int MAX_CHARS = 80;

    private Echo() {
    }

    /** The value in double quotes, shortened when long. */
    public static String quoted(String value) {
        return value.length() <= MAX_CHARS ? "\"" + escape(value) + "\""
                : "\"" + escape(head(value)) + "…\"" + length(value);
    }

    /** The value without quotes, shortened when long: for names that a message shows as they are. */
    public static String plain(String value) {
        return value.length() <= MAX_CHARS ? escape(value) : escape(head(value)) + "…" + length(value);
    }

    /** The text with every control, bidirectional, format and line-separator character escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (forbidden(text, i) || Character.getType(c) == Character.FORMAT) {
                out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether the character at {@code i} is one that text shown to people must not contain. */
    public static boolean forbidden(String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1));
        }
        if (Character.isLowSurrogate(c)) {
            return i == 0 || !Character.isHighSurrogate(value.charAt(i - 1));
        }
        return Character.getType(c) == Character.CONTROL || bidiControl(c) || c == '\u2028' || c == '\u2029';
    }

    /** The embeddings and overrides U+202A–U+202E and the isolates U+2066–U+2069. */
    private static boolean bidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The first characters, not ending in the middle of a surrogate pair. */
    private static String head(String value) {
        int end = Character.isHighSurrogate(value.charAt(MAX_CHARS - 1)) ? MAX_CHARS - 1 : MAX_CHARS;
        return value.substring(0, end);
    }

    private static String length(String value) {
        return String.format(Locale.ROOT, " (%,d characters)", value.length());
    }
}
