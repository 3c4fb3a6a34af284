package xspace.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import xspace.workspace.db.MergeCounts;
import xspace.workspace.db.MergeResult;
import xspace.workspace.db.NameConflict;
import xspace.workspace.db.Replacement;
import xspace.workspace.sharing.ImportReport;
import xspace.workspace.sharing.Shown;

/**
 * The text report of {@code xspace votes import}. Everything that came from the bundle is printed
 * through {@link Shown}, so no text of someone else's can act on the terminal.
 */
record ImportSummary(ImportReport report, LeftOutHint hint) {

    /** Lines of one list printed: a bundle of thousands of entries would bury the counts above. */
    static final int LISTED = 20;

    void print(PrintWriter out, Path bundle) {
        MergeResult merge = report.merge();
        out.printf("imported %s (exported %s), %d new annotator%s%n", Shown.path(bundle),
                Shown.escape(report.manifest().created()), merge.annotatorsAdded(),
                merge.annotatorsAdded() == 1 ? "" : "s");
        out.println(line("names", merge.names()));
        out.println(line("votes", merge.votes()));
        out.println(line("notes", merge.notes()));
        replaced(out, merge.replaced());
        if (!merge.conflicts().isEmpty()) {
            out.printf("%d x-features named differently by different annotators (both names kept):%n",
                    merge.conflicts().size());
            atMost(out, merge.conflicts().stream().map(ImportSummary::conflict).toList());
        }
        report.skippedModules().forEach(m -> out.println("skipped module " + Shown.escape(m)
                + ": a different module here"));
        leftOut(out);
        report.ignoredEntries().forEach(e -> out.println("ignored unknown entry " + Shown.escape(e)));
    }

    /**
     * Entries of module versions this workspace does not have: nothing of them was written, and they
     * belong to that version alone. The way to them: the version's file, then carry-names for names.
     */
    private void leftOut(PrintWriter out) {
        // a bundle declares every version it knows; those without entries lose nothing and are only counted
        List<ImportReport.LeftOut> withEntries = report.leftOut().stream().filter(m -> m.entries() > 0).toList();
        int empty = report.leftOut().size() - withEntries.size();
        if (!withEntries.isEmpty()) {
            out.printf("left out, %d module version(s) this workspace does not have (nothing of them was written):%n",
                    withEntries.size());
        }
        if (empty > 0) {
            out.printf("%d module version(s) of the bundle this workspace does not have hold no names, votes or notes;"
                    + " nothing of them is missing%n", empty);
        }
        for (ImportReport.LeftOut m : withEntries) {
            out.printf("  %s: %d names, %d votes, %d notes%n", Shown.escape(m.id()), m.names(), m.votes(), m.notes());
            hint.fileFor(m.id()).ifPresent(file -> out.printf("    they belong to that version only; bring that version"
                    + " itself: ask for its module file and put it here as %s, and import again%n", Shown.path(file)));
            hint.carryNamesFor(m.id()).ifPresent(command -> out.printf("    then, to give its names to this workspace's"
                    + " current version where x-features are measured to match (votes and notes stay on it): %s%n",
                    Shown.escape(command)));
        }
    }

    private static String line(String kind, MergeCounts c) {
        return String.format("%-6s %d added, %d updated, %d kept (newer here), %d unchanged", kind + ":",
                c.added(), c.updated(), c.kept(), c.unchanged());
    }

    /** What the bundle replaced, per annotator; the replaced entries stay in the histories. */
    private static void replaced(PrintWriter out, List<Replacement> replaced) {
        Map<String, List<Replacement>> byAnnotator = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        replaced.forEach(r -> byAnnotator.computeIfAbsent(r.annotator(), a -> new ArrayList<>()).add(r));
        byAnnotator.forEach((annotator, entries) -> {
            out.printf("replaced for %s (%d; the earlier entries stay in the history):%n", Shown.escape(annotator),
                    entries.size());
            atMost(out, entries.stream().map(r -> String.format("%s on %s: %s (%s) -> %s (%s)", r.kind(),
                    Shown.escape(r.key().toString()), r.before() == null ? deleted(r) : Shown.quote(r.before()),
                    r.beforeAt(), Shown.quote(r.after()), r.afterAt())).toList());
        });
    }

    private static void atMost(PrintWriter out, List<String> lines) {
        lines.stream().limit(LISTED).forEach(l -> out.println("  " + l));
        if (lines.size() > LISTED) {
            out.printf("  … and %d more (--json lists every one)%n", lines.size() - LISTED);
        }
    }

    /** What a null {@code before} stands for: a vote retracted or a note deleted here. */
    private static String deleted(Replacement r) {
        return Replacement.NOTE.equals(r.kind()) ? "deleted" : "retracted";
    }

    private static String conflict(NameConflict c) {
        return Shown.escape(c.key().toString()) + ": " + c.namesByAnnotator().entrySet().stream()
                .map(e -> Shown.escape(e.getKey()) + " \"" + Shown.escape(e.getValue()) + "\"")
                .collect(Collectors.joining(", "));
    }
}
