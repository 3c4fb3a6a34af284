package xspace.data;

import java.util.Locale;

/**
 * Shortens values from input files before an error message repeats them: a class name or path of
 * megabytes would otherwise bury the message (and a terminal) under its own input.
 */
public final class Echo {

    /** Values up to this many characters are repeated whole. */
    public static final int MAX_CHARS = 80;

    private Echo() {
    }

    /** The value in double quotes, shortened when long. */
    public static String quoted(String value) {
        return value.length() <= MAX_CHARS ? "\"" + value + "\"" : "\"" + head(value) + "…\"" + length(value);
    }

    /** The value without quotes, shortened when long: for names that a message shows as they are. */
    public static String plain(String value) {
        return value.length() <= MAX_CHARS ? value : head(value) + "…" + length(value);
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
