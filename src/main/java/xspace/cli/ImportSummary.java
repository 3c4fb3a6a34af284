package xspace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.stream.Collectors;
import xspace.workspace.db.MergeCounts;
import xspace.workspace.db.MergeResult;
import xspace.workspace.db.NameConflict;
import xspace.workspace.sharing.ImportReport;

/** The text report of {@code xspace votes import}. */
record ImportSummary(ImportReport report) {

    void print(PrintWriter out, Path bundle) {
        MergeResult merge = report.merge();
        out.printf("imported %s (exported %s), %d new annotators%n", bundle, report.manifest().created(),
                merge.annotatorsAdded());
        out.println(line("names", merge.names()));
        out.println(line("votes", merge.votes()));
        out.println(line("notes", merge.notes()));
        if (!merge.conflicts().isEmpty()) {
            out.printf("%d x-features named differently by different annotators (both names kept):%n",
                    merge.conflicts().size());
            merge.conflicts().forEach(c -> out.println("  " + conflict(c)));
        }
        report.skippedModules().forEach(m -> out.println("skipped module " + m + ": a different module here"));
        report.ignoredEntries().forEach(e -> out.println("ignored unknown entry " + e));
    }

    private static String line(String kind, MergeCounts c) {
        return String.format("%-6s %d added, %d updated, %d kept (newer here), %d unchanged", kind + ":",
                c.added(), c.updated(), c.kept(), c.unchanged());
    }

    private static String conflict(NameConflict c) {
        return c.key() + ": " + c.namesByAnnotator().entrySet().stream()
                .map(e -> e.getKey() + " \"" + e.getValue() + "\"").collect(Collectors.joining(", "));
    }
}
