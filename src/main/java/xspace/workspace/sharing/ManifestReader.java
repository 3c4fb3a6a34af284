package xspace.workspace.sharing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import xspace.data.JsonProblem;
import xspace.workspace.WorkspaceException;
import xspace.workspace.db.Text;

/**
 * Reads {@code manifest.json} field by field, so that a missing or mistyped field is refused with
 * its name rather than surfacing later as a null.
 */
final class ManifestReader {

    private ManifestReader() {
    }

    static BundleManifest read(BundleEntry entry, String json, Instant now) {
        JsonObject o = object(entry, json);
        JsonElement format = o.get("format");
        if (format == null || !format.isJsonPrimitive() || !BundleManifest.FORMAT.equals(format.getAsString())) {
            throw new WorkspaceException(Shown.path(entry.zip()) + ": not an XSpace sharing bundle (manifest.json"
                    + " has no format \"" + BundleManifest.FORMAT + "\")");
        }
        int version = version(entry, o.get("formatVersion"));
        if (version > BundleManifest.VERSION) {
            throw new WorkspaceException(Shown.path(entry.zip()) + ": made by a newer XSpace (bundle format " + version
                    + "; this XSpace reads up to " + BundleManifest.VERSION + ")");
        }
        String cnn = Fields.text(entry, "field cnnFingerprint", o.get("cnnFingerprint"), Text.MAX_ID);
        String created = Fields.text(entry, "field created", o.get("created"), 40);
        try {
            BundleTimes.check(created, now);
        } catch (WorkspaceException e) {
            throw entry.problem("field created", e.getMessage());
        }
        return new BundleManifest(BundleManifest.FORMAT, version, cnn, modules(entry, o.get("modules")), created);
    }

    private static JsonObject object(BundleEntry entry, String json) {
        JsonElement root;
        try {
            root = JsonParser.parseString(json);
        } catch (JsonParseException e) {
            throw entry.problem("not readable JSON (" + Shown.message(JsonProblem.reason(e)) + ")");
        }
        if (!root.isJsonObject()) {
            throw new WorkspaceException(Shown.path(entry.zip()) + ": not an XSpace sharing bundle (manifest.json"
                    + " has no format \"" + BundleManifest.FORMAT + "\")");
        }
        return root.getAsJsonObject();
    }

    private static int version(BundleEntry entry, JsonElement value) {
        // a number in quotes is a mistyped field, refused as docs/workspace.md says, not read as the number
        if (value == null || !value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw entry.problem("field formatVersion", "expected a whole number");
        }
        try {
            int version = value.getAsJsonPrimitive().getAsBigDecimal().intValueExact();
            if (version >= 1) {
                return version;
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // Refused below, with the same message as a number below 1.
        }
        throw entry.problem("field formatVersion", "expected a whole number from 1");
    }

    private static List<BundleManifest.Module> modules(BundleEntry entry, JsonElement value) {
        if (value == null || !value.isJsonArray()) {
            throw entry.problem("field modules", "expected a list of {\"id\": …, \"fingerprint\": …}");
        }
        JsonArray array = value.getAsJsonArray();
        if (array.size() > BundleLimits.MAX_MODULES) {
            throw entry.problem("field modules", "more than " + BundleLimits.MAX_MODULES + " modules; refused");
        }
        List<BundleManifest.Module> modules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String where = "modules item " + (i + 1);
            if (!array.get(i).isJsonObject()) {
                throw entry.problem(where, "expected {\"id\": …, \"fingerprint\": …}");
            }
            JsonObject m = array.get(i).getAsJsonObject();
            String id = Fields.text(entry, where + " id", m.get("id"), Text.MAX_ID);
            JsonElement fingerprint = m.get("fingerprint");
            boolean known = fingerprint != null && !fingerprint.isJsonNull();
            if (!ids.add(id)) {
                throw entry.problem(where, "module " + Shown.quote(id) + " is declared twice");
            }
            modules.add(new BundleManifest.Module(id,
                    known ? Fields.text(entry, where + " fingerprint", fingerprint, Text.MAX_ID) : null));
        }
        return modules;
    }
}
