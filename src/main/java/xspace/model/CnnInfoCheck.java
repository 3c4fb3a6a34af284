package xspace.model;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import xspace.data.Echo;

/**
 * Validates a network's description ({@code cnn.json}, see {@link CnnInfo}) field by field before
 * anything uses it: an input size of a million pixels overflowed into a negative array size, a
 * standard deviation of 0 turned every feature into 1e37. Each refusal names the file, the field,
 * the value found and what was expected. The fields are read from the JSON tree, so that a value
 * of the wrong type is reported as written rather than as a parser's exception.
 */
final class CnnInfoCheck {

    static final int MIN_INPUT = 8;
    static final int MAX_INPUT = 4096;
    private static final int CHANNELS = 3;

    private final Path json;
    private final JsonObject root;

    private CnnInfoCheck(Path json, JsonObject root) {
        this.json = json;
        this.root = root;
    }

    /** @throws ModelException at the first field that is not as expected */
    static void check(Path json, JsonElement tree) {
        if (tree == null || !tree.isJsonObject()) {
            throw new ModelException(json + ": expected a JSON object with classNames, inputSize, layout,"
                    + " normalisation and zLayer, found " + Echo.plain(String.valueOf(tree)));
        }
        CnnInfoCheck check = new CnnInfoCheck(json, tree.getAsJsonObject());
        check.classNames();
        check.inputSize();
        check.layout();
        check.normalisation(check.required(check.root, "normalisation", "an object with scale, mean, std and bgr"));
        check.text(check.root, "zLayer", "the name of the layer to explain", true);
        check.text(check.root, "origin", "a text", false);
        check.text(check.root, "fingerprint", "a text", false);
    }

    /** Refuses a description that does not fit its network: output count and the Z layer. */
    static void checkAgainst(Path json, CnnInfo info, Path zip, int outputs, List<String> layers) {
        if (info.classCount() != outputs) {
            throw new ModelException(json + ": classNames has " + info.classCount() + " names but the network in "
                    + zip.getFileName() + " has " + outputs + " outputs");
        }
        if (!layers.contains(info.zLayer())) {
            throw new ModelException(json + ": zLayer is " + Echo.quoted(info.zLayer()) + "; expected a layer of the"
                    + " network in " + zip.getFileName() + ", one of " + layers);
        }
    }

    private void classNames() {
        JsonElement value = required(root, "classNames", "a list of class names");
        if (!value.isJsonArray() || value.getAsJsonArray().isEmpty()) {
            throw wrong("classNames", value, "a non-empty list of class names");
        }
        JsonArray names = value.getAsJsonArray();
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String field = "classNames[" + i + "]";
            JsonElement name = names.get(i);
            if (!isString(name) || name.getAsString().isBlank()) {
                throw wrong(field, name, "a class name");
            }
            Integer earlier = first.putIfAbsent(name.getAsString(), i);
            if (earlier != null) {
                throw wrong(field, name, "a name of its own; it repeats classNames[" + earlier + "]");
            }
        }
    }

    private void inputSize() {
        JsonElement value = required(root, "inputSize", "the input side in pixels");
        double size = isNumber(value) ? value.getAsDouble() : Double.NaN;
        if (!(size >= MIN_INPUT && size <= MAX_INPUT && size == Math.rint(size))) {
            throw wrong("inputSize", value, "a whole number of pixels from " + MIN_INPUT + " to " + MAX_INPUT);
        }
    }

    private void layout() {
        JsonElement value = required(root, "layout", "NCHW or NHWC");
        if (!isString(value) || !List.of("NCHW", "NHWC").contains(value.getAsString())) {
            throw wrong("layout", value, "NCHW or NHWC");
        }
    }

    private void normalisation(JsonElement value) {
        if (!value.isJsonObject()) {
            throw wrong("normalisation", value, "an object with scale, mean, std and bgr");
        }
        JsonObject n = value.getAsJsonObject();
        JsonElement scale = required(n, "normalisation.scale", "a positive number");
        if (!(isNumber(scale) && scale.getAsDouble() > 0 && Double.isFinite(scale.getAsDouble()))) {
            throw wrong("normalisation.scale", scale, "a positive finite number");
        }
        channels(n, "mean", "a finite number", false);
        channels(n, "std", "a positive finite number (a standard deviation)", true);
        JsonElement bgr = required(n, "normalisation.bgr", "true or false");
        if (!(bgr.isJsonPrimitive() && bgr.getAsJsonPrimitive().isBoolean())) {
            throw wrong("normalisation.bgr", bgr, "true or false");
        }
    }

    /** One value per colour channel, each finite (and positive for a standard deviation). */
    private void channels(JsonObject n, String name, String expected, boolean positive) {
        String field = "normalisation." + name;
        JsonElement value = required(n, field, "a list of " + CHANNELS + " numbers");
        if (!value.isJsonArray() || value.getAsJsonArray().size() != CHANNELS) {
            throw wrong(field, value, "a list of " + CHANNELS + " numbers, one per colour channel");
        }
        JsonArray values = value.getAsJsonArray();
        for (int c = 0; c < CHANNELS; c++) {
            JsonElement v = values.get(c);
            double x = isNumber(v) ? v.getAsDouble() : Double.NaN;
            if (!Double.isFinite(x) || (positive && x <= 0)) {
                throw wrong(field + "[" + c + "]", v, expected);
            }
        }
    }

    private void text(JsonObject object, String field, String expected, boolean needed) {
        JsonElement value = needed ? required(object, field, expected) : object.get(field);
        if (value != null && !value.isJsonNull() && (!isString(value) || (needed && value.getAsString().isBlank()))) {
            throw wrong(field, value, expected);
        }
    }

    /** The field's value; {@code field} may be dotted, the last part is looked up in {@code object}. */
    private JsonElement required(JsonObject object, String field, String expected) {
        JsonElement value = object.get(field.substring(field.lastIndexOf('.') + 1));
        if (value == null || value.isJsonNull()) {
            throw new ModelException(json + ": " + field + " is missing; expected " + expected);
        }
        return value;
    }

    private ModelException wrong(String field, JsonElement value, String expected) {
        return new ModelException(String.format(Locale.ROOT, "%s: %s is %s; expected %s", json, field,
                Echo.plain(value.toString()), expected));
    }

    private static boolean isString(JsonElement value) {
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString();
    }

    private static boolean isNumber(JsonElement value) {
        return value.isJsonPrimitive() && ((JsonPrimitive) value).isNumber();
    }
}
