package xspace.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import xspace.explain.ExplanationMethod;
import xspace.explain.ModuleInfo;
import xspace.workspace.ModuleVersion;
import xspace.workspace.VersionOverview;
import xspace.workspace.Workspace;
import xspace.workspace.db.WorkspaceDatabase;

/** {@code xspace explain versions}: every version of the modules, the current one, and what each holds. */
@Command(name = "versions", mixinStandardHelpOptions = true,
        description = {"List the versions of the explanation modules: which is current and which hold names, votes"
                + " and notes. Retraining adds a version; names and votes stay on the version they were given to.",
            "Names given to a module whose file is gone are listed too: they are kept."})
public final class ExplainVersionsCommand implements Callable<Integer> {

    @Option(names = "--workspace", required = true, description = "Workspace folder.")
    Path workspace;

    @Option(names = "--class", converter = Ranges.NonNegative.class, description = "Only this class (0-based).")
    Integer classIndex;

    @Option(names = "--method", description = "Only this method: srae, nn or sae.")
    String method;

    @Option(names = "--json", description = "Print one JSON object instead of text.")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = Workspace.open(workspace);
        int classCount = ws.cnnInfo().classCount();
        if (classIndex != null) {
            ClassRange.check("--class " + classIndex, classIndex, classCount);
        }
        ExplanationMethod chosen = method == null ? null : ExplanationMethod.parse(method);
        VersionOverview overview;
        try (WorkspaceDatabase db = ws.database()) {
            overview = VersionOverview.of(ws, db, chosen, classIndex);
        }
        System.out.println(json ? Json.write(json(overview)) : text(overview));
        return 0;
    }

    static String text(VersionOverview overview) {
        StringBuilder out = new StringBuilder();
        String heading = null;
        for (VersionOverview.Row row : overview.rows()) {
            String group = row.version().isPresent() ? String.format(Locale.ROOT, "%s class %d:", row.method(),
                    row.classIndex()) : "names, votes and notes on modules whose file is gone (kept):";
            if (!group.equals(heading)) {
                out.append(group).append('\n');
                heading = group;
            }
            out.append(line(row)).append('\n');
        }
        if (overview.rows().isEmpty()) {
            out.append("no explanation modules; train them with 'xspace explain train'\n");
        }
        overview.problems().forEach(p -> out.append("not a readable module: ").append(p).append('\n'));
        return out.toString().stripTrailing();
    }

    private static String line(VersionOverview.Row row) {
        String holds = row.holdsAnything() ? count(row.names(), "name") + ", " + count(row.votes(), "vote") + ", "
                + count(row.notes(), "note") : "no names or votes";
        if (row.version().isEmpty()) {
            return String.format(Locale.ROOT, "    %s (class %d): %s", row.id(), row.classIndex(), holds);
        }
        ModuleVersion v = row.version().get();
        ModuleInfo info = v.info();
        return String.format(Locale.ROOT, "  %s %-3s %s  trained %s, seed %s, n %d, Freg test %.4f: %s%s",
                v.current() ? "*" : " ", v.label(), v.id(), info.created() == null ? "?" : info.created(),
                info.seed() == null ? "?" : info.seed(), info.n(), info.faithfulness(ModuleInfo.FREG_TEST), holds,
                v.current() ? " (current)" : "");
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static JsonObject json(VersionOverview overview) {
        JsonArray rows = new JsonArray();
        for (VersionOverview.Row row : overview.rows()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", row.id());
            o.addProperty("method", row.method() == null ? null : row.method().name());
            o.addProperty("classIndex", row.classIndex());
            row.version().ifPresent(v -> {
                o.addProperty("version", v.number());
                o.addProperty("fingerprint", v.fingerprint());
                o.addProperty("file", v.file().toString());
                o.addProperty("current", v.current());
                o.addProperty("created", v.info().created());
                o.addProperty("seed", v.info().seed());
                o.addProperty("n", v.info().n());
            });
            o.addProperty("fileMissing", row.version().isEmpty());
            o.addProperty("names", row.names());
            o.addProperty("votes", row.votes());
            o.addProperty("notes", row.notes());
            rows.add(o);
        }
        JsonObject out = new JsonObject();
        out.add("modules", rows);
        out.add("problems", Json.strings(overview.problems()));
        return out;
    }
}
