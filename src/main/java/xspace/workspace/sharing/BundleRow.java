package xspace.workspace.sharing;

import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Text;
import xspace.workspace.db.Trust;
import xspace.workspace.db.XFeatureKey;

/**
 * One row of a bundle's table, its columns in the order of the headers in {@link BundleTables}.
 * Each accessor checks its field and refuses it with a message the caller places at the row's line.
 */
record BundleRow(List<String> fields, RowRules rules) {

    private static final Pattern INDEX = Pattern.compile("\\d{1,9}");

    XFeatureKey key() {
        return rules.key(fields.get(0), index(1, "class_index"), index(2, "feature"));
    }

    String annotator() {
        return rules.annotator(fields.get(3));
    }

    String name() {
        return Text.line(fields.get(4), "the name", Text.MAX_NAME);
    }

    String note() {
        return Text.lines(fields.get(4), "the note", Text.MAX_NOTE);
    }

    Trust trust() {
        try {
            return Trust.valueOf(fields.get(4));
        } catch (IllegalArgumentException e) {
            throw new WorkspaceException("trust " + Shown.quote(fields.get(4))
                    + " is not one of TRUST, DISTRUST, UNSURE");
        }
    }

    Instant at() {
        return rules.time(fields.get(5));
    }

    private int index(int column, String what) {
        String text = fields.get(column);
        if (!INDEX.matcher(text).matches()) {
            throw new WorkspaceException(what + " " + Shown.quote(text) + " is not a whole number from 0");
        }
        return Integer.parseInt(text);
    }
}
