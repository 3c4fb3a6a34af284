package xspace.workspace;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import xspace.data.JsonProblem;

/**
 * The output folder of an evaluation: new or empty, or one an evaluation with the same settings
 * wrote, which the run resumes (finished classes are kept). Any other folder is refused before
 * anything is written: the tables of one run beside the class results of another would be read
 * as one evaluation. The settings are recorded in {@link EvaluationFiles#REQUEST_JSON} first, and
 * a folder of an earlier release is known by the request in its {@link EvaluationFiles#RESULTS_JSON}.
 */
final class EvaluationFolder {

    /** The request's fields that shape the results, as {@link EvaluationRun.Request} names them. */
    private static final List<String> COMPARED = List.of("methods", "classes", "n", "zUnits", "seed");
    /**
     * Fields whose order shapes no result: each class is measured on its own, by every method, and
     * the tables are written again from the class results in the order of the run that writes them.
     */
    private static final Set<String> IN_ANY_ORDER = Set.of("methods", "classes");

    private EvaluationFolder() {
    }

    /** Refuses a folder of another run or of other files; records the settings in a folder it takes. */
    static void claim(Path out, EvaluationRun.Request request) throws IOException {
        JsonElement wanted = JsonParser.parseString(EvaluationRun.GSON.toJson(request));
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw refused(out, "it is a file, not a folder");
        }
        if (!isEmpty(out)) {
            JsonElement recorded = recorded(out).orElseThrow(() -> refused(out, "it is not empty and holds no"
                    + " evaluation whose settings are known (no " + EvaluationFiles.REQUEST_JSON + " or "
                    + EvaluationFiles.RESULTS_JSON + ")"));
            String differences = differences(recorded, wanted);
            if (!differences.isEmpty()) {
                throw refused(out, "it holds the results of an evaluation with other settings (" + differences
                        + "), which this one would mix with its own");
            }
        }
        EvaluationRun.write(out.resolve(EvaluationFiles.REQUEST_JSON), EvaluationRun.GSON.toJson(request));
    }

    /** The settings of the run that wrote the folder: recorded at its start, or in the results it finished with. */
    private static Optional<JsonElement> recorded(Path out) throws IOException {
        try {
            Path request = out.resolve(EvaluationFiles.REQUEST_JSON);
            if (Files.isRegularFile(request)) {
                return Optional.of(JsonParser.parseString(Files.readString(request, StandardCharsets.UTF_8)));
            }
            Path results = out.resolve(EvaluationFiles.RESULTS_JSON);
            if (Files.isRegularFile(results)) {
                JsonElement tree = JsonParser.parseString(Files.readString(results, StandardCharsets.UTF_8));
                return tree.isJsonObject() ? Optional.ofNullable(tree.getAsJsonObject().get("request"))
                        : Optional.empty();
            }
            return Optional.empty();
        } catch (JsonParseException e) {
            throw refused(out, "its recorded settings cannot be read (" + JsonProblem.reason(e) + ")");
        }
    }

    /**
     * The settings that differ, recorded against wanted; empty when none do. Only those that shape the
     * measured results count: the training settings apply only to modules still missing.
     */
    private static String differences(JsonElement recorded, JsonElement wanted) {
        JsonObject was = recorded.isJsonObject() ? recorded.getAsJsonObject() : new JsonObject();
        JsonObject now = wanted.getAsJsonObject();
        List<String> names = new ArrayList<>();
        for (String key : COMPARED) {
            if (!Objects.equals(comparable(key, now.get(key)), comparable(key, was.get(key)))) {
                names.add(key + " " + was.get(key) + ", now " + now.get(key));
            }
        }
        return String.join("; ", names);
    }

    /** The setting as compared: the same classes or methods in another order are the same setting. */
    private static Object comparable(String key, JsonElement value) {
        if (!IN_ANY_ORDER.contains(key) || value == null || !value.isJsonArray()) {
            return value;
        }
        List<String> elements = new ArrayList<>();
        value.getAsJsonArray().forEach(e -> elements.add(e.toString()));
        Collections.sort(elements);
        return elements;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return true;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private static WorkspaceException refused(Path out, String why) {
        return new WorkspaceException("not evaluating into " + out + ": " + why + "; choose another --out, or"
                + " remove the folder to start over; nothing was written");
    }
}
