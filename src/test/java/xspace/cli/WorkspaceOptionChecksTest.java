package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.explain.ExplanationMethod;
import xspace.workspace.Workspace;
import xspace.workspace.db.Annotator;
import xspace.workspace.db.WorkspaceDatabase;
import xspace.workspace.db.XFeatureKey;

/** Options whose values can only be checked against a workspace: its classes, samples and module versions. */
class WorkspaceOptionChecksTest {

    @TempDir
    Path dir;

    @Test
    void classesFoldsVersionsAndMapsTheWorkspaceCannotHonourAreRefused() throws Exception {
        Path ws = TinyWorkspace.create(dir);

        CommandRun twice = CommandRun.of("explain", "train", "--workspace", ws, "--classes", "2,2", "--epochs", 1);
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("error: --classes: class 2 is listed twice; list each class once");

        CommandRun folds = CommandRun.of("explain", "train", "--workspace", ws, "--class", 0, "--n", 3, "--cv",
                "--folds", 50, "--epochs", 1);
        assertThat(folds.exitCode()).isEqualTo(2);
        assertThat(folds.err()).contains("error: 50 folds of cross-validation, but the class's training sample has")
                .doesNotContain("empty array");

        CommandRun versions = CommandRun.of("explain", "versions", "--workspace", ws, "--class", 99);
        assertThat(versions.exitCode()).isEqualTo(2);
        assertThat(versions.err()).contains("error: --class 99: class 99 does not exist (the network has 3 classes,"
                + " 0 to 2)");

        String v1 = train(ws, 1);
        String v2 = train(ws, 2);
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            Annotator ann = db.addAnnotator("Ann");
            db.setName(new XFeatureKey(v1, 0, 0), ann, "breast");
        }
        CommandRun absent = carry(ws, "--map", "9=0");
        assertThat(absent.exitCode()).isEqualTo(2);
        assertThat(absent.err()).contains("--map 9=0: " + v1 + " has x-features 0 to 2");
        CommandRun unnamed = carry(ws, "--map", "1=0");
        assertThat(unnamed.exitCode()).isEqualTo(2);
        assertThat(unnamed.err()).contains("--map 1=0: x-feature 1 of " + v1 + " has no names to carry");
        CommandRun mappedTwice = carry(ws, "--map", "0=1", "--map", "0=2");
        assertThat(mappedTwice.exitCode()).isEqualTo(2);
        assertThat(mappedTwice.err()).contains("--map 0=1 and --map 0=2: x-feature 0 is mapped twice");
        try (WorkspaceDatabase db = Workspace.open(ws).database()) {
            assertThat(db.currentName(new XFeatureKey(v2, 0, 0))).isEmpty();
        }

        CommandRun use = CommandRun.of("explain", "use", "--workspace", ws, "--class", 0, "--version", "v1");
        assertThat(use.exitCode()).as(use.err()).isZero();
        assertThat(Workspace.open(ws).modules().requireCurrent(ExplanationMethod.SRAE, 0).id()).isEqualTo(v1);

        CommandRun more = CommandRun.of("explain", "train", "--workspace", ws, "--random-classes", 30, "--n", 3,
                "--epochs", 1, "--attempts", 1, "--json");
        assertThat(more.exitCode()).as(more.err()).isZero();
        assertThat(more.err()).contains("note: --random-classes 30: the network has 3 classes; all 3 are used");
        assertThat(JsonParser.parseString(more.out()).getAsJsonArray()).hasSize(3);
    }

    @Test
    void aClassPastTheNetworksLastIsRefusedAlikeByEveryCommandBeforeAnyWork() {
        Path ws = TinyWorkspace.create(dir);
        String why = "class 3 does not exist (the network has 3 classes, 0 to 2)";
        Object[][] commands = {
            {"heatmaps", "--workspace", ws, "--image", 1, "--target", "xfeatures:3", "--out", dir.resolve("hm")},
            {"heatmaps", "--workspace", ws, "--class", 3, "--all"},
            {"report", "--workspace", ws, "--class", 3, "--out", dir.resolve("report")},
            {"explain", "use", "--workspace", ws, "--class", 3, "--version", "v1"},
            {"explain", "export-rows", "--workspace", ws, "--class", 3, "--out", dir.resolve("rows")},
            {"explain", "train", "--workspace", ws, "--class", 3, "--epochs", 1},
            {"explain", "train", "--workspace", ws, "--classes", "0,3", "--epochs", 1},
            {"evaluate", "--workspace", ws, "--class", 3, "--out", dir.resolve("ev")},
        };
        for (Object[] command : commands) {
            CommandRun run = CommandRun.of(command);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
            assertThat(run.err()).as(String.join(" ", java.util.Arrays.stream(command).map(String::valueOf).toList()))
                    .contains(why).doesNotContain("train it").doesNotContain("train one");
        }
    }

    private static CommandRun carry(Path ws, String... map) {
        Object[] args = new Object[10 + map.length];
        Object[] fixed = {"explain", "carry-names", "--workspace", ws, "--class", 0, "--from", "v1", "--to", "v2"};
        System.arraycopy(fixed, 0, args, 0, fixed.length);
        System.arraycopy(map, 0, args, fixed.length, map.length);
        return CommandRun.of(args);
    }

    private static String train(Path ws, int seed) {
        CommandRun run = CommandRun.of("explain", "train", "--workspace", ws, "--class", 0, "--n", 3, "--epochs", 1,
                "--seed", seed, "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return JsonParser.parseString(run.out()).getAsJsonArray().get(0).getAsJsonObject().get("version").getAsString();
    }
}
