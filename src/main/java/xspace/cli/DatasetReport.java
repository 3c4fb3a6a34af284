package xspace.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import xspace.data.CubDataset;
import xspace.data.DatasetProblem;
import xspace.data.UnlistedFolders;

/** What {@code dataset info} says about a dataset, as text for people and as JSON for machines. */
final class DatasetReport {

    private final CubDataset dataset;
    private final Map<String, Integer> unlisted;

    DatasetReport(CubDataset dataset) {
        this.dataset = dataset;
        this.unlisted = UnlistedFolders.of(dataset);
    }

    void printText(PrintWriter out, int maxProblems, boolean strict) {
        out.println("Dataset               " + dataset.root());
        out.printf("Images                %d (train %d, test %d)%n", dataset.images().size(),
                dataset.trainImages().size(), dataset.testImages().size());
        out.println("Classes               " + dataset.classes().size());
        out.println("Parts                 " + dataset.partNames().size());
        out.println("Missing on disk       " + dataset.missingImages().size());
        out.println("Unlisted folders      " + unlisted.size());
        out.println("Attributes            " + dataset.attributes().map(a -> a.count() + " attributes").orElse("none"));
        out.println("Click locations       " + (dataset.clickLocationCount().isPresent()
                ? dataset.clickLocationCount().getAsInt() + " clicks" : "none"));
        out.println("Discriminative parts  " + (dataset.discriminativeParts().isEmpty() ? "none"
                : "given for " + dataset.discriminativeParts().size() + " classes"));
        printVisibleParts(out);
        printMissing(out, maxProblems);
        printUnlisted(out, maxProblems);
        printProblems(out, maxProblems, strict);
    }

    JsonObject toJson() {
        JsonObject json = new JsonObject();
        json.addProperty("root", dataset.root().toString());
        json.addProperty("images", dataset.images().size());
        json.addProperty("classes", dataset.classes().size());
        json.addProperty("train", dataset.trainImages().size());
        json.addProperty("test", dataset.testImages().size());
        json.add("parts", partsJson());
        json.add("missingImages", Json.strings(dataset.missingImages()));
        JsonObject unlistedJson = new JsonObject();
        unlisted.forEach(unlistedJson::addProperty);
        json.add("unlistedFolders", unlistedJson);
        json.add("attributes", dataset.attributes().<JsonElement>map(
                a -> Json.strings(a.names())).orElse(JsonNull.INSTANCE));
        json.add("clickLocations", dataset.clickLocationCount().isPresent()
                ? new JsonPrimitive(dataset.clickLocationCount().getAsInt()) : JsonNull.INSTANCE);
        json.add("discriminativeParts", discriminativeJson());
        json.add("problems", problemsJson());
        return json;
    }

    private void printVisibleParts(PrintWriter out) {
        out.println();
        out.println("Visible parts (images)");
        List<String> names = dataset.partNames();
        for (int partId = 1; partId <= names.size(); partId++) {
            out.printf("  %2d %-12s %8d%n", partId, names.get(partId - 1), dataset.visibleCount(partId));
        }
    }

    private void printMissing(PrintWriter out, int max) {
        List<String> missing = dataset.missingImages();
        if (missing.isEmpty()) {
            return;
        }
        out.println();
        out.println("Images missing on disk: " + missing.size());
        missing.stream().limit(max).forEach(path -> out.println("  images/" + path));
        if (missing.size() > max) {
            out.println("  ... and " + (missing.size() - max) + " more");
        }
    }

    private void printUnlisted(PrintWriter out, int max) {
        if (unlisted.isEmpty()) {
            return;
        }
        out.println();
        out.println("Folders in images/ that images.txt never names (no command reads them): " + unlisted.size());
        unlisted.entrySet().stream().limit(max).forEach(folder -> out.println("  " + folder.getKey() + "/ ("
                + folder.getValue() + (folder.getValue() == 1 ? " file)" : " files)")));
        if (unlisted.size() > max) {
            out.println("  ... and " + (unlisted.size() - max) + " more");
        }
        out.println("  To use them, add their species to classes.txt and their images to images.txt,"
                + " image_class_labels.txt, train_test_split.txt, bounding_boxes.txt and parts/part_locs.txt.");
    }

    private void printProblems(PrintWriter out, int max, boolean strict) {
        List<DatasetProblem> problems = dataset.problems();
        out.println();
        if (problems.isEmpty()) {
            out.println("No problems found.");
            return;
        }
        out.println("Problems: " + problems.size());
        problems.stream().limit(max).forEach(problem -> out.println("  " + problem));
        if (problems.size() > max) {
            out.println("  ... and " + (problems.size() - max) + " more (--max-problems N or --json to see them)");
        }
        if (strict) {
            out.println("Strict validation failed: the dataset has " + problems.size()
                    + (problems.size() == 1 ? " problem." : " problems."));
        }
    }

    private JsonArray partsJson() {
        JsonArray parts = new JsonArray();
        List<String> names = dataset.partNames();
        for (int partId = 1; partId <= names.size(); partId++) {
            JsonObject part = new JsonObject();
            part.addProperty("id", partId);
            part.addProperty("name", names.get(partId - 1));
            part.addProperty("visible", dataset.visibleCount(partId));
            parts.add(part);
        }
        return parts;
    }

    private JsonObject discriminativeJson() {
        JsonObject byClass = new JsonObject();
        for (Map.Entry<Integer, List<Integer>> entry : dataset.discriminativeParts().entrySet()) {
            byClass.add(String.valueOf(entry.getKey()), Json.numbers(entry.getValue()));
        }
        return byClass;
    }

    private JsonArray problemsJson() {
        JsonArray problems = new JsonArray();
        for (DatasetProblem problem : dataset.problems()) {
            JsonObject json = new JsonObject();
            json.addProperty("file", problem.file());
            json.addProperty("line", problem.line());
            json.addProperty("message", problem.message());
            problems.add(json);
        }
        return problems;
    }
}
