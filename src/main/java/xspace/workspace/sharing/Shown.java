package xspace.workspace.sharing;

import xspace.data.Echo;

/**
 * Bundle text as it may be shown: a bundle comes from someone else, and a name with an escape
 * sequence or a line break, printed as it is, could clear the terminal or forge a line of the
 * report. Such characters are written as {@code \\uXXXX}.
 */
public final class Shown {

    static final int MAX_QUOTED = 80;
    static final int MAX_MESSAGE = 200;

    private Shown() {
    }

    /** The text with every control, bidirectional, format and line-separator character escaped. */
    public static String escape(String text) {
        return Echo.escape(text);
    }

    /**
     * Another library's message about bundle content, escaped and cut to {@value #MAX_MESSAGE}
     * characters: a JSON parser's message repeats the path into the document, which a deeply nested
     * entry makes megabytes long.
     */
    public static String message(Throwable e) {
        return message(String.valueOf(e.getMessage()));
    }

    /** Such a message already taken from its exception (a JSON parser's reason, say), escaped and cut the same way. */
    public static String message(String text) {
        return escape(text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "…" : text);
    }

    /** A path as given by the user or a bundle, escaped the same way. */
    public static String path(java.nio.file.Path path) {
        return escape(path.toString());
    }

    /** In quotes, escaped and cut to {@value #MAX_QUOTED} characters: for messages that quote refused input. */
    public static String quote(String text) {
        if (text == null) {
            return "null";
        }
        String cut = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "…" : text;
        return '"' + escape(cut) + '"';
    }
}
