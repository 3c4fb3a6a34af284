package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.Workspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.WriteLockHolder;
import xspace.workspace.db.XFeatureKey;

/** {@code xspace votes export|import} between workspaces, in process. */
class VotesCommandTest {

    private static final XFeatureKey F0 = new XFeatureKey(VotesWorkspace.MODULE, 1, 0);

    @TempDir
    Path dir;

    private Path workspace(String name, String fingerprint) throws Exception {
        return VotesWorkspace.create(dir, name, fingerprint);
    }


    @Test
    void exportThenImportIntoAColleaguesWorkspace() throws Exception {
        Path theirs = workspace("theirs", "fp-1");
        try (WorkspaceDatabase db = Workspace.open(theirs).database()) {
            Annotator bob = db.addAnnotator("Bob");
            db.castVote(F0, bob, Trust.DISTRUST);
            db.setName(F0, bob, "wing bar");
        }
        Path bundle = dir.resolve("bob.zip");

        CommandRun export = CommandRun.of("votes", "export", "--workspace", theirs, "--out", bundle);
        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out()).contains("exported 1 annotators, 1 names, 1 votes and 0 notes to " + bundle);

        Path mine = workspace("mine", "fp-1");
        CommandRun imported = CommandRun.of("votes", "import", "--workspace", mine, bundle);
        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 new annotator\n", "votes: 1 added, 0 updated", "names: 1 added");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(mine)) {
            assertThat(db.tally(F0).distrust()).isEqualTo(1);
            assertThat(db.currentName(F0)).contains("wing bar");
        }

        CommandRun again = CommandRun.of("votes", "import", "--workspace", mine, bundle, "--json");
        assertThat(again.exitCode()).as(again.err()).isZero();
        JsonObject report = JsonParser.parseString(again.out()).getAsJsonObject();
        assertThat(report.getAsJsonObject("merge").getAsJsonObject("votes").get("unchanged").getAsInt()).isEqualTo(1);
    }

    /** Another XSpace in the middle of a write (a long import, say) does not hold up an export. */
    @Test
    void anExportWhileAnotherProcessWritesSucceedsWithTheLastCommit() throws Exception {
        Path theirs = workspace("theirs", "fp-1");
        try (WorkspaceDatabase db = Workspace.open(theirs).database()) {
            db.castVote(F0, db.addAnnotator("Bob"), Trust.DISTRUST);
        }
        Path bundle = dir.resolve("bob.zip");
        try (WriteLockHolder writer = WriteLockHolder.on(theirs.resolve(WorkspaceDatabase.FILE),
                WriteLockHolder.addAnnotator("Zed")).commitAfter(Duration.ofSeconds(8))) {
            CommandRun export = CommandRun.of("votes", "export", "--workspace", theirs, "--out", bundle);
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(export.out()).contains("exported 1 annotators, 0 names, 1 votes");
            assertThat(writer.holding()).as("the export waited for the writer").isTrue();
        }
    }

    @Test
    void aBundleForAnotherNetworkFailsWithOneClearLine() throws Exception {
        Path theirs = workspace("theirs", "fp-1");
        Path bundle = dir.resolve("bundle.zip");
        assertThat(CommandRun.of("votes", "export", "--workspace", theirs, "--out", bundle).exitCode()).isZero();

        Path other = workspace("other", "fp-2");
        CommandRun imported = CommandRun.of("votes", "import", "--workspace", other, bundle);
        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err().strip()).startsWith("error: ").contains("fp-1", "fp-2").doesNotContain("\n");
    }

    @Test
    void theReportShowsBundleTextEscapedAndListsWhatWasReplaced() throws Exception {
        Path theirs = workspace("theirs", "fp-1");
        Path mine = workspace("mine", "fp-1");
        try (WorkspaceDatabase db = Workspace.open(mine).database()) {
            db.castVote(F0, db.addAnnotator("Bob"), Trust.TRUST);
        }
        try (WorkspaceDatabase db = Workspace.open(theirs).database()) {
            db.castVote(F0, db.addAnnotator("Bob"), Trust.DISTRUST);
        }
        Path bundle = dir.resolve("bob.zip");
        assertThat(CommandRun.of("votes", "export", "--workspace", theirs, "--out", bundle).exitCode()).isZero();
        Path forged = dir.resolve("forged.zip");
        try (var in = new java.util.zip.ZipFile(bundle.toFile());
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(forged))) {
            for (var e : java.util.Collections.list(in.entries())) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(in.getInputStream(e).readAllBytes());
            }
            out.putNextEntry(new java.util.zip.ZipEntry("x\nimported 999 votes\u001b[2J"));
        }

        CommandRun imported = CommandRun.of("votes", "import", "--workspace", mine, forged);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).doesNotContain("\u001b").doesNotContain("\nimported 999")
                .contains("ignored unknown entry x\\u000Aimported 999 votes\\u001B[2J")
                .contains("replaced for Bob (1; the earlier entries stay in the history):",
                        "  vote on " + VotesWorkspace.MODULE + "/1/0: \"TRUST\"");
    }

    @Test
    void aNamedPipeIsRefusedWithOneClearLine() throws Exception {
        Path mine = workspace("mine", "fp-1");
        Path fifo = dir.resolve("pipe.zip");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        org.junit.jupiter.api.Assumptions.assumeTrue(mkfifo.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)
                && mkfifo.exitValue() == 0, "mkfifo is not available here");
        CommandRun imported;
        try {
            imported = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(20),
                    () -> CommandRun.of("votes", "import", "--workspace", mine, fifo));
        } catch (org.opentest4j.AssertionFailedError stuck) {
            // The import waits on the pipe holding CommandRun's lock: a writer ends it, so later tests can run.
            Process writer = new ProcessBuilder("sh", "-c", "echo > \"$0\"", fifo.toString()).start();
            if (!writer.waitFor(2, java.util.concurrent.TimeUnit.SECONDS)) {
                writer.destroyForcibly();
            }
            throw stuck;
        }
        assertThat(imported.exitCode()).isEqualTo(2);
        assertThat(imported.err().strip()).startsWith("error: " + fifo + ": not a regular file").doesNotContain("\n");
    }
}
