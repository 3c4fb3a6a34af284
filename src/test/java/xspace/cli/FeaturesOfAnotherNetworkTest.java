package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubFixture;
import xspace.model.CnnStore;
import xspace.model.FeatureNetwork;
import xspace.workspace.Workspace;

/** Features record the network that computed them; those of another network are never used or resumed. */
class FeaturesOfAnotherNetworkTest {

    @TempDir
    Path dir;

    @Test
    void featuresOfAReplacedNetworkAreRefusedAndComputedAgainByFeatures() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        CommandRun first = CommandRun.of("features", "--workspace", ws);
        assertThat(first.exitCode()).as(first.err()).isZero();
        Workspace workspace = Workspace.open(ws);
        Path features = workspace.featuresDir();
        String original = workspace.cnnInfo().fingerprint();
        assertThat(FeatureNetwork.recorded(features)).contains(original);

        // the workspace's network file replaced by hand with another network of the same classes
        Path other = dir.resolve("other.zip");
        assertThat(CommandRun.of("cnn", "train", "--data", dir.resolve("data"), "--out", other, "--size", 16,
                "--epochs", 1, "--batch", 2, "--seed", 9).exitCode()).isZero();
        Files.copy(other, workspace.cnnPath(), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(CnnStore.infoPath(other), CnnStore.infoPath(workspace.cnnPath()), StandardCopyOption.REPLACE_EXISTING);
        String replaced = workspace.cnnInfo().fingerprint();
        assertThat(replaced).isNotEqualTo(original);

        CommandRun explain = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--method", "srae",
                "--n", 3, "--epochs", 2);
        assertThat(explain.exitCode()).isEqualTo(2);
        assertThat(explain.err()).contains(features + ": the features were computed by the network with fingerprint "
                + original + ", not by this one (" + replaced + ")", "xspace features");
        assertThat(workspace.modules().all()).isEmpty();

        CommandRun again = CommandRun.of("features", "--workspace", ws);
        assertThat(again.exitCode()).as(again.err()).isZero();
        int rows = CubFixture.CLASSES * CubFixture.IMAGES_PER_CLASS;
        assertThat(again.out()).contains("computed by the network with fingerprint " + original,
                "computing them again from the start", "(" + rows + " new)");
        assertThat(FeatureNetwork.recorded(features)).contains(replaced);
        assertThat(CommandRun.of("explain", "train", "--workspace", ws, "--classes", "0", "--method", "srae",
                "--n", 3, "--epochs", 2).exitCode()).isZero();
    }

    @Test
    void featuresOfAnEarlierReleaseWithoutAFingerprintAreKeptAndGetOne() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        assertThat(CommandRun.of("features", "--workspace", ws).exitCode()).isZero();
        Workspace workspace = Workspace.open(ws);
        Files.delete(workspace.featuresDir().resolve(FeatureNetwork.FILE));
        assertThat(workspace.features()).isEqualTo(workspace.featuresDir());

        CommandRun again = CommandRun.of("features", "--workspace", ws);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("(0 new)", "all were computed before").doesNotContain("again from the start", "images/s");
        assertThat(FeatureNetwork.recorded(workspace.featuresDir())).contains(workspace.cnnInfo().fingerprint());
    }
}
