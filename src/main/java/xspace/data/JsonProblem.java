package xspace.data;

import com.google.gson.JsonParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Gson's reason for refusing a file, as a person reads it: Gson wraps the cause, so its message
 * begins with a Java class name ("com.google.gson.stream.MalformedJsonException: ") and ends with a
 * web address to its own troubleshooting page; what is left says what was expected, at which line
 * and column.
 */
public final class JsonProblem {

    private JsonProblem() {
    }

    public static String reason(JsonParseException e) {
        String message = e.getMessage() == null ? "not valid JSON" : e.getMessage();
        String kept = Arrays.stream(message.split("\n")).filter(line -> !line.startsWith("See http"))
                .collect(Collectors.joining(" "));
        String bare = kept.replaceFirst("^([a-z_$][\\w$]*\\.)+[A-Z][\\w$]*: ", "").strip();
        return bare.isEmpty() ? "not valid JSON" : Character.toLowerCase(bare.charAt(0)) + bare.substring(1);
    }
}
