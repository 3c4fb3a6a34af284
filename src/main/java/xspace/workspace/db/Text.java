package xspace.workspace.db;

import xspace.data.Echo;
import xspace.workspace.WorkspaceException;

/**
 * Checks on text that people type and colleagues share: trimmed, not empty, not absurdly long, and
 * free of characters that would change what a terminal or a text view shows. Control characters
 * could clear a screen or forge a line of a report; bidirectional overrides make text read
 * differently from how it is stored; a lone surrogate is not text at all.
 */
public final class Text {

    /** At most this many characters (UTF-16 units) in an annotator's name. */
    public static final int MAX_ANNOTATOR = 100;
    /** At most this many characters in an x-feature's name. */
    public static final int MAX_NAME = 200;
    /** At most this many characters in a note. */
    public static final int MAX_NOTE = 20_000;
    /** At most this many characters in a module id or a fingerprint. */
    public static final int MAX_ID = 200;

    private Text() {
    }

    /** One line of text: trimmed, not empty, at most {@code maxLength} characters, no control or bidi characters. */
    public static String line(String value, String what, int maxLength) {
        String clean = required(value, what, maxLength);
        requirePrintable(clean, what, false);
        return clean;
    }

    /** Like {@link #line} but line breaks and tabs are allowed: a note may have paragraphs. */
    public static String lines(String value, String what, int maxLength) {
        String clean = required(value, what, maxLength);
        requirePrintable(clean, what, true);
        return clean;
    }

    static String required(String value, String what, int maxLength) {
        String clean = value == null ? "" : value.strip();
        if (clean.isEmpty()) {
            throw new WorkspaceException(what + " must not be empty");
        }
        if (clean.length() > maxLength) {
            throw new WorkspaceException(what + " is too long (" + clean.length() + " characters, at most "
                    + maxLength + ")");
        }
        return clean;
    }

    /** Refuses the first character that is not plain printable text, naming it by code point and position. */
    public static void requirePrintable(String value, String what, boolean lineBreaks) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean allowedBreak = lineBreaks && (c == '\n' || c == '\r' || c == '\t');
            if (!allowedBreak && forbidden(value, i)) {
                throw new WorkspaceException(what + " contains the character U+"
                        + String.format("%04X", (int) c) + " (at character " + (i + 1) + "), which is not allowed: "
                        + "control characters, bidirectional overrides and line separators could change what a"
                        + " screen shows");
            }
        }
    }

    /** Whether the character at {@code i} is one that text shown to people must not contain. */
    public static boolean forbidden(String value, int i) {
        return Echo.forbidden(value, i);
    }
}
