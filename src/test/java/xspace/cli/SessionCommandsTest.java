package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.testing.TestWorkspace;
import xspace.workspace.Workspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;
import xspace.workspace.session.VotesCsv;

/** What the application exports, from the command line: the CSV of names and votes and the HTML report. */
class SessionCommandsTest {

    @TempDir
    Path dir;

    @Test
    void votesExportCsvWritesTheSpreadsheetAndNeverReplacesAnotherFile() throws Exception {
        Path ws = TestWorkspace.copy();
        XFeatureKey key = new XFeatureKey(TestWorkspace.moduleId(ws), 0, 1);
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            Annotator ann = db.addAnnotator("Ann");
            db.setName(key, ann, "crown");
            db.castVote(key, ann, Trust.TRUST);
        }
        Path csv = dir.resolve("votes.csv");
        CommandRun run = CommandRun.of("votes", "export", "--workspace", ws, "--csv", "--out", csv);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("exported 1 x-features to " + csv);
        assertThat(Files.readAllLines(csv, StandardCharsets.UTF_8)).containsExactly(String.join(",", VotesCsv.HEADER),
                key.moduleId() + ",0,1,crown,1,0,0,trust,1.000");

        assertThat(CommandRun.of("votes", "export", "--workspace", ws, "--csv", "--out", csv).exitCode())
                .as("an existing file without --force").isNotZero();
        Path notes = Files.writeString(dir.resolve("notes.csv"), "my own notes\n");
        CommandRun refused = CommandRun.of("votes", "export", "--workspace", ws, "--csv", "--force", "--out", notes);
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.err()).contains("not an export of names and votes");
        assertThat(Files.readString(notes)).isEqualTo("my own notes\n");
        CommandRun inside = CommandRun.of("votes", "export", "--workspace", ws, "--csv", "--out",
                ws.resolve("workspace.db"));
        assertThat(inside.exitCode()).isNotZero();
        assertThat(inside.err()).contains("inside the workspace");
        assertThat(CommandRun.of("votes", "export", "--workspace", ws, "--csv", "--force", "--out", csv).exitCode())
                .as("an earlier export with --force").isZero();
    }

    @Test
    void reportWritesThePageOfTheClassModuleWithItsHeatmaps() throws Exception {
        Path ws = TestWorkspace.copy();
        CommandRun run = CommandRun.of("report", "--workspace", ws, "--class", 0, "--out", dir);
        assertThat(run.exitCode()).as(run.err()).isZero();
        Path page = Path.of(run.out().strip().replaceFirst("^wrote ", ""));
        assertThat(page).isEqualTo(dir.resolve("report-srae-class-000").resolve("report.html"));
        Path folder = page.getParent();
        String html = Files.readString(page);
        assertThat(html).contains("x-feature 0", "x-feature " + (TestWorkspace.N - 1));
        try (var files = Files.list(folder)) {
            assertThat(files.filter(f -> f.toString().endsWith(".png")).count()).isPositive();
        }

        reportAgainKeepsNoFileOfTheEarlierReport(ws, folder);

        CommandRun missing = CommandRun.of("report", "--workspace", ws, "--class", 1, "--out", dir);
        assertThat(missing.exitCode()).isNotZero();
        assertThat(missing.err()).contains("the workspace has no SRAE module of class 1");
    }

    @Test
    void aReportNeverGoesAmongTheWorkspacesOwnFiles() throws Exception {
        Path ws = TestWorkspace.copy();
        for (Path inside : List.of(ws, ws.resolve("cache"), ws.resolve("models"))) {
            CommandRun refused = CommandRun.of("report", "--workspace", ws, "--class", 0, "--out", inside);
            assertThat(refused.exitCode()).as(inside.toString()).isNotZero();
            assertThat(refused.err()).contains("not writing " + inside, "workspace");
            assertThat(inside.resolve("report-srae-class-000")).doesNotExist();
        }
        CommandRun exports = CommandRun.of("report", "--workspace", ws, "--class", 0, "--out", ws.resolve("exports"));
        assertThat(exports.exitCode()).as(exports.err()).isZero();
        assertThat(ws.resolve("exports").resolve("report-srae-class-000").resolve("report.html")).exists();
    }

    /**
     * As after `explain use` of another version: the earlier report's images of other x-features
     * and test images go; a file the report never writes stays.
     */
    private void reportAgainKeepsNoFileOfTheEarlierReport(Path ws, Path folder) throws Exception {
        Files.writeString(folder.resolve("image-999-xfeature-7.png"), "earlier");
        Files.writeString(folder.resolve("image-999.png"), "earlier");
        Files.writeString(folder.resolve("notes.txt"), "mine");
        CommandRun again = CommandRun.of("report", "--workspace", ws, "--class", 0, "--out", dir);
        assertThat(again.exitCode()).as(again.err()).isZero();
        String html = Files.readString(folder.resolve("report.html"));
        try (var files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).toList())
                    .isNotEmpty().allMatch(html::contains);
        }
        assertThat(folder.resolve("notes.txt")).hasContent("mine");
        try (var files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).toList()).as("no staging folder left")
                    .containsExactly(folder.getFileName().toString());
        }
    }
}
