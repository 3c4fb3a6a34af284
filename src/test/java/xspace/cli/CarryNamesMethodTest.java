package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.workspace.Workspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/** {@code explain carry-names} carries between versions of one method's module only, even by hand. */
class CarryNamesMethodTest {

    private static final XFeatureKey SRAE_X0 = new XFeatureKey(VotesWorkspace.MODULE, 1, 0);

    @TempDir
    Path dir;

    @Test
    void anotherMethodsVersionIsRefusedAndNothingIsCarried() throws Exception {
        Path ws = VotesWorkspace.create(dir, "ws", "fp-1");
        String nn = "nn-class-001@" + VotesWorkspace.MODULE_FINGERPRINT;
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            Annotator ann = db.addAnnotator("Ann");
            db.setName(new XFeatureKey(nn, 1, 0), ann, "wing");
            db.setName(new XFeatureKey("srae-class-001", 1, 0), ann, "breast");
        }

        CommandRun refused = CommandRun.of("explain", "carry-names", "--workspace", ws, "--class", 1, "--from", nn,
                "--map", "0=0");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err().strip()).startsWith("error: " + nn + " is a version of the NN module of class 1,"
                + " not of SRAE's").contains("--method nn").doesNotContain("\n");
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            assertThat(db.namesByAnnotator(SRAE_X0)).isEmpty();
        }

        CommandRun sameMethod = CommandRun.of("explain", "carry-names", "--workspace", ws, "--class", 1, "--from",
                "srae-class-001", "--map", "0=0");
        assertThat(sameMethod.exitCode()).as(sameMethod.out() + sameMethod.err()).isZero();
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            assertThat(db.namesByAnnotator(SRAE_X0)).containsValue("breast");
        }
    }
}
