package xspace.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import java.util.Collection;

/**
 * The one way commands print JSON: indented, without escaping {@code <} (messages quote formats),
 * nulls kept, and NaN written as NaN rather than failing (an empty split has no accuracy).
 */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeNulls().serializeSpecialFloatingPointValues().create();

    private Json() {
    }

    static String write(JsonElement element) {
        return GSON.toJson(element);
    }

    /** Records, lists and maps as JSON. */
    static String pretty(Object value) {
        return GSON.toJson(value);
    }

    static JsonArray strings(Collection<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    static JsonArray numbers(Collection<? extends Number> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }
}
