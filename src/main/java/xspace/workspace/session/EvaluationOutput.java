package xspace.workspace.session;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import xspace.data.Csv;
import xspace.workspace.EvaluationFiles;
import xspace.workspace.Workspace;

/**
 * The tables of the latest {@code xspace evaluate} run on a workspace, read from its output folder
 * (table1.csv, table2.csv and, if present, results.json). The command writes wherever {@code --out}
 * says, so the workspace is searched, a few levels deep and outside its caches and models, for the
 * most recently written table1.csv; {@code exports/evaluation} is where the documentation suggests.
 */
public record EvaluationOutput(Path folder, FileTime written, List<List<String>> table1, List<List<String>> table2,
        String request) {

    public static final String SUGGESTED = EvaluationFiles.IN_WORKSPACE;
    private static final int DEPTH = 4;
    private static final Set<String> SKIPPED = Set.of("cache", "models");

    /** The command that writes the tables where the application looks first. */
    public static String command(Path workspace) {
        String w = workspace.toAbsolutePath().normalize().toString();
        return "xspace evaluate --workspace " + w + " --methods srae,nn,sae --random-classes 30 --seed 1 --out " + w
                + "/" + SUGGESTED;
    }

    public static Optional<EvaluationOutput> latest(Workspace workspace) throws IOException {
        Optional<Path> folder = latestFolder(workspace.root());
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        Path dir = folder.get();
        Path table1 = dir.resolve(EvaluationFiles.TABLE1_CSV);
        Path table2 = dir.resolve(EvaluationFiles.TABLE2_CSV);
        return Optional.of(new EvaluationOutput(dir, Files.getLastModifiedTime(table1), csv(table1),
                Files.isRegularFile(table2) ? csv(table2) : List.of(), request(dir.resolve(EvaluationFiles.RESULTS_JSON))));
    }

    private static Optional<Path> latestFolder(Path root) throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(root, Set.of(), DEPTH, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(root) && SKIPPED.contains(dir.getFileName().toString())
                        && dir.getParent().equals(root) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().equals(EvaluationFiles.TABLE1_CSV) && attrs.isRegularFile()) {
                    found.add(file.getParent());
                }
                return FileVisitResult.CONTINUE;
            }
        });
        Path best = null;
        FileTime newest = null;
        for (Path dir : found) {
            FileTime time = Files.getLastModifiedTime(dir.resolve(EvaluationFiles.TABLE1_CSV));
            if (newest == null || time.compareTo(newest) > 0) {
                best = dir;
                newest = time;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A few words on what was evaluated, from results.json; empty when it is missing or unreadable. */
    private static String request(Path json) {
        if (!Files.isRegularFile(json)) {
            return "";
        }
        try {
            JsonObject root = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8)).getAsJsonObject();
            JsonObject request = root.getAsJsonObject("request");
            int classes = root.has("classes") ? root.getAsJsonArray("classes").size() : 0;
            if (request == null) {
                return classes + " classes";
            }
            return String.format("%d classes, methods %s, n = %s, seed %s", classes, text(request.get("methods")),
                    text(request.get("n")), text(request.get("seed")));
        } catch (IOException | JsonParseException | IllegalStateException | ClassCastException e) {
            return "results.json could not be read: " + e.getMessage();
        }
    }

    /** A value as a reader writes it: a list of methods as "SRAE, NN, SAE", not as JSON. */
    private static String text(JsonElement element) {
        if (element == null) {
            return "?";
        }
        if (element.isJsonArray()) {
            List<String> items = new java.util.ArrayList<>();
            element.getAsJsonArray().forEach(e -> items.add(text(e)));
            return String.join(", ", items);
        }
        return element.isJsonPrimitive() ? element.getAsString() : element.toString();
    }

    /** The rows of a table the evaluation wrote ({@link Csv}), blank lines left out. */
    public static List<List<String>> csv(Path file) throws IOException {
        try {
            return Csv.parse(Files.readString(file, StandardCharsets.UTF_8), Integer.MAX_VALUE).stream()
                    .map(Csv.Record::fields).filter(f -> !(f.size() == 1 && f.get(0).isEmpty())).toList();
        } catch (Csv.Problem p) {
            throw new IOException(file + " line " + p.line() + ": " + p.getMessage(), p);
        }
    }
}
