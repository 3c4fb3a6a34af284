package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.model.CnnStore;
import xspace.workspace.Workspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.SharedState;
import xspace.workspace.db.Trust;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/**
 * A bundle's entries of a module version go to that version or nowhere: x-feature 1 of another
 * version (another training, other weights) is another concept, so nothing moves names or votes there.
 */
class VotesImportVersionsTest {

    private static final String OTHER_FINGERPRINT = "fedcba9876543210";

    @TempDir
    Path dir;

    @Test
    void entriesOfAVersionThisWorkspaceLacksAreLeftOutWithTheWayToThemAndNeverMergedOntoAnother() throws Exception {
        Path theirs = VotesWorkspace.create(dir, "theirs", "fp-1");
        String v2 = VotesWorkspace.addVersion(theirs, "fp-1", OTHER_FINGERPRINT);
        XFeatureKey wingThere = new XFeatureKey(v2, 1, 1);
        try (WorkspaceDatabase db = Workspace.open(theirs).database()) {
            Annotator bob = db.addAnnotator("Bob");
            db.setName(wingThere, bob, "wing");
            db.castVote(wingThere, bob, Trust.TRUST);
            db.setNote(wingThere, bob, "the white bar");
        }
        Path bundle = dir.resolve("bob.zip");
        assertThat(CommandRun.of("votes", "export", "--workspace", theirs, "--out", bundle).exitCode()).isZero();
        Path mine = VotesWorkspace.create(dir, "mine", "fp-1");
        XFeatureKey sameIndexHere = new XFeatureKey(VotesWorkspace.MODULE, 1, 1);

        CommandRun imported = CommandRun.of("votes", "import", "--workspace", mine, bundle);
        assertThat(imported.exitCode()).as("entries were left out").isEqualTo(1);
        assertThat(imported.out()).contains("0 new annotators", v2 + ": 1 names, 1 votes, 1 notes",
                        "bring that version itself: ask for its module file and put it here as "
                                + mine.resolve("models/modules/srae/class-001@" + OTHER_FINGERPRINT + ".zip"),
                        "xspace explain carry-names --workspace " + mine + " --class 1 --method srae --from " + v2)
                .doesNotContain("--map");
        SharedState before;
        try (WorkspaceDatabase db = Workspace.open(mine).database()) {
            before = db.snapshot();
            assertThat(db.annotators()).as("nothing of Bob's was written").isEmpty();
            assertThat(db.namesByAnnotator(sameIndexHere)).isEmpty();
        }

        CommandRun mapped = CommandRun.of("votes", "import", "--workspace", mine, bundle, "--map",
                v2 + "=" + VotesWorkspace.MODULE);
        assertThat(mapped.exitCode()).isEqualTo(2);
        assertThat(mapped.err().strip()).startsWith("error: --map " + v2 + "=" + VotesWorkspace.MODULE
                + ": refused, nothing was imported").contains("another concept",
                "xspace explain carry-names --workspace " + mine + " --class 1 --method srae --from " + v2)
                .doesNotContain("\n");
        try (WorkspaceDatabase db = Workspace.open(mine).database()) {
            assertThat(db.snapshot()).isEqualTo(before);
            assertThat(db.namesByAnnotator(sameIndexHere)).isEmpty();
            assertThat(db.votes(sameIndexHere)).isEmpty();
            assertThat(db.notes(sameIndexHere)).isEmpty();
        }

        // With the version's file here, its entries are this workspace's too, and merge onto it alone.
        Path file = theirs.resolve("models/modules/srae/class-001@" + OTHER_FINGERPRINT + ".zip");
        Files.copy(file, mine.resolve("models/modules/srae").resolve(file.getFileName()));
        Files.copy(CnnStore.infoPath(file), CnnStore.infoPath(mine.resolve("models/modules/srae")
                .resolve(file.getFileName())));
        CommandRun again = CommandRun.of("votes", "import", "--workspace", mine, bundle);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("1 new annotator\n").doesNotContain("left out");
        try (WorkspaceDatabase db = Workspace.open(mine).database()) {
            assertThat(db.currentName(wingThere)).contains("wing");
            assertThat(db.tally(wingThere).trust()).isEqualTo(1);
            assertThat(db.notes(wingThere)).hasSize(1);
            assertThat(db.namesByAnnotator(sameIndexHere)).isEmpty();
            assertThat(db.votes(sameIndexHere)).isEmpty();
        }
    }
}
