package xspace.workspace.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import xspace.data.Csv;
import xspace.engine.AtomicFiles;
import xspace.engine.OutputFile;
import xspace.workspace.WorkspaceOutput;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.VoteTally;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * Names and votes as a plain CSV for spreadsheets: one line per x-feature anyone named or voted
 * on, with its current name and tally. The sharing bundle, not this file, is what colleagues
 * import.
 */
public final class VotesCsv {

    public static final List<String> HEADER = List.of("module_id", "class_index", "feature", "name", "trust",
            "distrust", "unsure", "majority", "agreement");

    private VotesCsv() {
    }

    /** Writes the file (write-then-rename); returns the number of x-feature lines. */
    public static int write(WorkspaceDatabase db, Path file) throws IOException {
        SharedState state = db.snapshot();
        TreeMap<String, XFeatureKey> keys = new TreeMap<>();
        state.names().forEach(n -> keys.put(sortKey(n.key()), n.key()));
        state.votes().forEach(v -> keys.put(sortKey(v.key()), v.key()));
        List<List<String>> rows = new ArrayList<>();
        for (XFeatureKey key : keys.values()) {
            VoteTally t = db.tally(key);
            rows.add(List.of(key.moduleId(), String.valueOf(key.classIndex()), String.valueOf(key.feature()),
                    db.currentName(key).orElse(""), String.valueOf(t.trust()), String.valueOf(t.distrust()),
                    String.valueOf(t.unsure()), t.majority().map(m -> m.name().toLowerCase(Locale.ROOT)).orElse(""),
                    String.format(Locale.ROOT, "%.3f", t.agreement())));
        }
        AtomicFiles.writeString(file, Csv.write(HEADER, rows));
        return keys.size();
    }

    /**
     * As the command line writes it: never among the workspace's own files ({@link WorkspaceOutput}),
     * never over an existing file unless {@code replace} is given and that file is such a CSV.
     */
    public static int export(Path workspaceRoot, WorkspaceDatabase db, Path file, boolean replace) throws IOException {
        Path target = WorkspaceOutput.check(workspaceRoot, file, "the names and votes");
        OutputFile.requireWritable(target, replace, "export of names and votes", VotesCsv::isExport);
        return write(db, target);
    }

    private static boolean isExport(Path file) {
        try (var lines = Files.lines(file, java.nio.charset.StandardCharsets.UTF_8)) {
            return lines.findFirst().map(l -> l.equals(String.join(",", HEADER))).orElse(false);
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
    }

    private static String sortKey(XFeatureKey key) {
        return String.format(Locale.ROOT, "%s/%06d/%06d", key.moduleId(), key.classIndex(), key.feature());
    }
}
