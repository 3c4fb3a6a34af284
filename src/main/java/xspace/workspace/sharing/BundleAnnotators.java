package xspace.workspace.sharing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import xspace.data.JsonProblem;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.AnnotatorNames;
import xspace.workspace.db.Text;

/**
 * Reads {@code annotators.json}: the people whose work the bundle carries, by name. A name counts
 * as a person here only if it is exactly a name here (trimmed, NFC); one that merely looks like
 * one (another case, extra spaces, another Unicode form) is refused, in the bundle and against the
 * workspace, so that nobody's entries are merged into someone else's.
 */
final class BundleAnnotators {

    /** The workspace's annotators: their exact names, and each by its look-alike key. */
    private record Here(Set<String> exact, Map<String, String> byKey) {

        static Here of(Collection<String> names) {
            Here here = new Here(new HashSet<>(), new HashMap<>());
            for (String name : names) {
                here.exact.add(AnnotatorNames.normalise(name));
                here.byKey.putIfAbsent(AnnotatorNames.key(name), AnnotatorNames.normalise(name));
            }
            return here;
        }

        /** The name here that the given one only looks like, if any. */
        String lookAlike(String name, String key) {
            return exact.contains(name) ? null : byKey.get(key);
        }
    }

    private BundleAnnotators() {
    }

    /** The names, normalised, in the order listed. */
    static List<String> read(BundleEntry entry, String json, Collection<String> workspaceNames) {
        JsonArray array = array(entry, json);
        Here here = Here.of(workspaceNames);
        Map<String, Integer> itemByKey = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "item " + (i + 1);
            JsonElement item = array.get(i);
            if (!item.isJsonObject()) {
                throw entry.problem(where, "expected {\"name\": …}");
            }
            String name = AnnotatorNames.normalise(Fields.text(entry, where + " name",
                    item.getAsJsonObject().get("name"), Text.MAX_ANNOTATOR));
            String key = AnnotatorNames.key(name);
            Integer earlier = itemByKey.putIfAbsent(key, i);
            if (earlier != null) {
                throw repeated(entry, where, name, names.get(earlier), earlier + 1);
            }
            String lookAlike = here.lookAlike(name, key);
            if (lookAlike != null) {
                throw entry.problem(where, "annotator " + Shown.quote(name) + " looks like "
                        + Shown.quote(lookAlike) + " of this workspace (they differ only by case, spaces or"
                        + " Unicode form); refused so that one person's work is not merged into another's");
            }
            names.add(name);
        }
        return names;
    }

    private static JsonArray array(BundleEntry entry, String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw entry.problem("not readable JSON (" + Shown.message(JsonProblem.reason(e)) + ")");
        }
        if (!root.isJsonArray()) {
            throw entry.problem("expected a list of {\"name\": …}");
        }
        if (root.getAsJsonArray().size() > BundleLimits.MAX_ANNOTATORS) {
            throw entry.problem("more than " + BundleLimits.MAX_ANNOTATORS + " annotators; refused");
        }
        return root.getAsJsonArray();
    }

    private static WorkspaceException repeated(BundleEntry entry, String where, String name, String other,
            int otherItem) {
        return entry.problem(where, "annotator " + Shown.quote(name) + (other.equals(name) ? " is listed again"
                : " looks like " + Shown.quote(other)) + " (item " + otherItem + "); names that differ only by"
                + " case, spaces or Unicode form are one name");
    }
}
