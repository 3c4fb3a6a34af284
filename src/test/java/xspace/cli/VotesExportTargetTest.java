package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * Where {@code xspace votes export} may write: never over the workspace's own files, however the
 * path is spelled, and never over an existing file unless {@code --force} is given and the file is
 * an older bundle. A refusal exits non-zero, names the file and leaves every byte as it was.
 */
class VotesExportTargetTest {

    private static final XFeatureKey F0 = new XFeatureKey(VotesWorkspace.MODULE, 1, 0);

    @TempDir
    Path dir;

    private Path ws;

    @BeforeEach
    void aWorkspaceWithAVoteAndANameAndItsNetwork() throws Exception {
        ws = VotesWorkspace.create(dir, "ws", "fp-1");
        try (WorkspaceDatabase db = WorkspaceDatabase.open(ws)) {
            Annotator bob = db.addAnnotator("Bob");
            db.castVote(F0, bob, Trust.DISTRUST);
            db.setName(F0, bob, "wing bar");
        }
        // A zip like a DL4J network: a zip, but not a sharing bundle.
        try (OutputStream out = Files.newOutputStream(ws.resolve("models/cnn.zip"));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("configuration.json"));
            zip.write("{\"layers\": []}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
    }

    @Test
    void neverOverTheWorkspaceDatabaseHoweverThePathIsSpelled() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link"), ws);
        for (Path out : new Path[] {ws.resolve("workspace.db"), dir.resolve("ws/../ws/./workspace.db"),
                link.resolve("workspace.db")}) {
            assertRefused(out, "inside the workspace");
            assertRefused(out, "inside the workspace", "--force");
        }
        try (WorkspaceDatabase db = WorkspaceDatabase.open(ws)) {
            Annotator bob = db.annotator("Bob").orElseThrow();
            assertThat(db.votes(F0)).containsEntry(bob, Trust.DISTRUST);
            assertThat(db.currentName(F0)).contains("wing bar");
        }
    }

    @Test
    void neverOverTheNetworkOrAnyOtherFileOfTheWorkspace() throws Exception {
        for (String own : new String[] {"models/cnn.zip", "models/cnn.json", "workspace.json"}) {
            assertRefused(ws.resolve(own), "inside the workspace");
            assertRefused(ws.resolve(own), "inside the workspace", "--force");
        }
        CommandRun run = export(ws.resolve("models/new.zip"), "--force");
        assertThat(run.exitCode()).isNotZero();
        assertThat(ws.resolve("models/new.zip")).doesNotExist();
    }

    @Test
    void anExistingFileThatIsNotABundleIsNeverReplaced() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.zip"), "my own notes, not a zip");
        assertRefused(notes, "is not a sharing bundle");
        assertRefused(notes, "is not a sharing bundle", "--force");
    }

    @Test
    void anOlderBundleIsReplacedOnlyWithForce() throws Exception {
        Path bundle = dir.resolve("bob.zip");
        assertThat(export(bundle).exitCode()).isZero();
        try (WorkspaceDatabase db = WorkspaceDatabase.open(ws)) {
            db.addAnnotator("Cy");
        }
        assertRefused(bundle, "the file exists");
        CommandRun replaced = export(bundle, "--force");
        assertThat(replaced.exitCode()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("exported 2 annotators");
    }

    @Test
    void theWorkspacesExportsFolderTakesBundles() {
        CommandRun run = export(ws.resolve("exports/bob.zip"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(ws.resolve("exports/bob.zip")).isRegularFile();
    }

    @Test
    void aCsvNeverGoesIntoTheWorkspaceThroughALink() throws Exception {
        Path link = Files.createSymbolicLink(dir.resolve("link"), ws);
        Path out = link.resolve("models/votes.csv");
        CommandRun run = export(out, "--csv");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("not writing " + out + " (", "inside the workspace",
                "nothing was written");
        assertThat(ws.resolve("models/votes.csv")).doesNotExist();

        CommandRun exports = export(link.resolve("exports/votes.csv"), "--csv");
        assertThat(exports.exitCode()).as(exports.err()).isZero();
        assertThat(ws.resolve("exports/votes.csv")).isRegularFile();
    }

    @Test
    void theHelpStatesTheRule() {
        CommandRun help = CommandRun.of("votes", "export", "--help");
        assertThat(help.out()).contains("--force", "exports/", "never");
    }

    private CommandRun export(Path out, String... more) {
        Object[] args = {"votes", "export", "--workspace", ws, "--out", out};
        Object[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return CommandRun.of(all);
    }

    /** The export exits non-zero with one line naming the file and why, and the file keeps every byte. */
    private void assertRefused(Path out, String why, String... more) throws Exception {
        byte[] before = Files.readAllBytes(out);
        CommandRun run = export(out, more);
        assertThat(run.exitCode()).as(run.out()).isNotZero();
        // Other lines on stderr may come from tools watching the JVM; the error is one line of its own.
        assertThat(run.err().lines().filter(line -> line.startsWith("error: ")).toList()).singleElement()
                .asString().startsWith("error: not writing " + out)
                .contains(why, "nothing was written");
        assertThat(Files.readAllBytes(out)).as(out + " changed").isEqualTo(before);
    }
}
