package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleParameters;
import xspace.explain.ModuleStore;
import xspace.workspace.Workspace;

/**
 * A retraining that ends degenerate never displaces a current version that is not: the version the
 * experts see and name stays current, and the new one is kept beside it for `explain use`.
 */
class DegenerateVersionTest {

    @TempDir
    Path dir;

    @Test
    void aDegenerateModuleWaitsBesideASoundCurrentOne() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        JsonObject first = train(ws, 1);
        assertThat(first.get("degenerate").getAsBoolean()).as("one x-feature alone is degenerate").isTrue();
        assertThat(first.get("current").getAsBoolean()).as("nothing better to keep").isTrue();
        String sound = saveSoundCopy(ws);
        assertThat(current(ws)).isEqualTo(sound);

        CommandRun again = CommandRun.of("explain", "train", "--workspace", ws, "--class", 0, "--n", 1, "--epochs", 2,
                "--seed", 2);
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("(degenerate)", "v3 (kept beside the current version, which is not degenerate:"
                + " 'xspace explain use --workspace " + ws + " --class 0 --method SRAE v3' makes it current)")
                .doesNotContain("now current");
        assertThat(current(ws)).isEqualTo(sound);

        JsonObject json = train(ws, 3);
        assertThat(json.get("current").getAsBoolean()).isFalse();
        assertThat(current(ws)).isEqualTo(sound);

        CommandRun use = CommandRun.of("explain", "use", "--workspace", ws, "--class", 0, "--method", "SRAE", "v3");
        assertThat(use.exitCode()).as(use.err()).isZero();
        assertThat(current(ws)).isNotEqualTo(sound);
        JsonObject afterUse = train(ws, 4);
        assertThat(afterUse.get("current").getAsBoolean()).as("the current one is degenerate too").isTrue();
    }

    private static JsonObject train(Path ws, int seed) {
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--class", 0, "--n", 1, "--epochs", 2,
                "--seed", seed, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject();
    }

    /** A module of the current one's shape recorded as a training that was not degenerate (no attempts judged). */
    private static String saveSoundCopy(Path ws) throws Exception {
        Workspace workspace = Workspace.open(ws);
        ExplanationModule module = ModuleStore.load(workspace.modules().requireCurrent(ExplanationMethod.SRAE, 0)
                .file(), workspace.cnnInfo());
        ModuleInfo i = module.info();
        Thread.sleep(5); // a later creation time: the new version is numbered after the first
        ModuleInfo sound = new ModuleInfo(i.id(), i.method(), i.classIndex(), i.className(), i.shape(),
                i.hyperparameters(), i.crossValidated(), i.curves(), List.of(), i.trainImageIds(), i.testImageIds(),
                i.zLayer(), i.cnnFingerprint(), i.faithfulness(), Instant.now().toString(), null, i.seed(),
                i.sampling());
        assertThat(sound.degenerate()).isFalse();
        // Other weights than the first version's: the same weights would be that version again.
        ModuleParameters weights = ModuleParameters.initial(i.shape(), true, 7, DataType.FLOAT);
        return workspace.modules().save(new ExplanationModule(sound, weights)).version().id();
    }

    private static String current(Path ws) {
        return Workspace.open(ws).modules().requireCurrent(ExplanationMethod.SRAE, 0).id();
    }
}
