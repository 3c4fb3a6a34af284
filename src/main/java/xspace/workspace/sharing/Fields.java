package xspace.workspace.sharing;

import com.google.gson.JsonElement;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Text;

/** Text fields of a bundle's JSON entries: present, a string, one printable line, not too long. */
final class Fields {

    private Fields() {
    }

    static String text(BundleEntry entry, String where, JsonElement value, int maxLength) {
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw entry.problem(where, "expected a text");
        }
        try {
            return Text.line(value.getAsString(), "the text", maxLength);
        } catch (WorkspaceException e) {
            throw entry.problem(where, e.getMessage());
        }
    }
}
