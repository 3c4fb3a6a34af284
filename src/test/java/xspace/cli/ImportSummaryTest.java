package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import xspace.workspace.db.MergeCounts;
import xspace.workspace.db.MergeResult;
import xspace.workspace.db.NameConflict;
import xspace.workspace.db.Replacement;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.sharing.BundleManifest;
import xspace.workspace.sharing.ImportReport;

/** The import report of a bundle of thousands of entries keeps its counts readable. */
class ImportSummaryTest {

    @Test
    void longListsShowTheirFirstLinesAndHowManyMore() {
        List<Replacement> replaced = IntStream.range(0, 25).mapToObj(f -> new Replacement("Bob", Replacement.NAME,
                new XFeatureKey("srae-class-000@ab", 0, f), "old " + f, "t0", "new " + f, "t1")).toList();
        List<NameConflict> conflicts = IntStream.range(0, 21).mapToObj(f -> new NameConflict(
                new XFeatureKey("srae-class-000@ab", 0, f), Map.of("Ann", "a", "Bob", "b"))).toList();
        MergeCounts none = new MergeCounts(0, 0, 0, 0);
        MergeResult merge = new MergeResult(0, new MergeCounts(0, 25, 0, 0), none, none, conflicts, replaced);
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, 2, "fp", List.of(), "2026-11-29T10:00:00Z");
        ImportReport report = new ImportReport(manifest, merge, List.of(), 0, List.of(), List.of());

        StringWriter text = new StringWriter();
        new ImportSummary(report, new LeftOutHint(Path.of("ws"), java.util.Set.of(), null))
                .print(new PrintWriter(text), Path.of("bob.zip"));

        assertThat(text.toString()).contains("replaced for Bob (25; the earlier entries stay in the history):",
                "srae-class-000@ab/0/19", "  … and 5 more (--json lists every one)",
                "21 x-features named differently", "  … and 1 more (--json lists every one)")
                .doesNotContain("srae-class-000@ab/0/20: ");
        assertThat(text.toString().lines()).hasSizeLessThan(50);
    }

    @Test
    void onlyLeftOutVersionsWithEntriesAreListedAndTheEmptyOnesCounted(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path ws = VotesWorkspace.create(dir, "mine", "fp-1");
        MergeCounts none = new MergeCounts(0, 0, 0, 0);
        MergeResult merge = new MergeResult(1, none, none, none, List.of(), List.of());
        BundleManifest manifest = new BundleManifest(BundleManifest.FORMAT, 2, "fp", List.of(), "2026-11-29T10:00:00Z");
        List<ImportReport.LeftOut> leftOut = IntStream.range(0, 36).mapToObj(i -> new ImportReport.LeftOut(
                "srae-class-0" + (10 + i) + "@ab", "ab", i == 7 ? 2 : 0, i == 7 ? 1 : 0, 0)).toList();
        ImportReport report = new ImportReport(manifest, merge, List.of(), 0, leftOut, List.of());

        StringWriter text = new StringWriter();
        new ImportSummary(report, LeftOutHint.of(xspace.workspace.Workspace.open(ws)))
                .print(new PrintWriter(text), Path.of("bob.zip"));

        assertThat(text.toString()).contains("1 new annotator\n", "left out, 1 module version(s)",
                "srae-class-017@ab: 2 names, 1 votes, 0 notes", "35 module version(s) of the bundle this workspace"
                        + " does not have hold no names, votes or notes; nothing of them is missing")
                .doesNotContain("0 names, 0 votes, 0 notes");
    }
}
