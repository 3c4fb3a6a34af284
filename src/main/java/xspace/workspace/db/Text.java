package xspace.workspace.db;

import xspace.workspace.WorkspaceException;

/** Checks on text that people type: trimmed, not empty, not absurdly long. */
final class Text {

    private Text() {
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
}
