package xspace.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** JSON for the {@code --json} options: records and lists as indented objects, NaN allowed. */
final class Json {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues()
            .disableHtmlEscaping().create();

    private Json() {
    }

    static String pretty(Object value) {
        return GSON.toJson(value);
    }
}
