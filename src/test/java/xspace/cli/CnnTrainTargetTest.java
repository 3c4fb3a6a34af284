package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.model.CnnStore;
import xspace.workspace.Workspace;

/** Where {@code cnn train --out} may write, decided before any training, and what the messages say. */
class CnnTrainTargetTest {

    @TempDir
    Path dir;

    /** One epoch of 16 px unless {@code more} says how many. */
    private CommandRun train(Object... more) {
        java.util.List<Object> args = new java.util.ArrayList<>(java.util.List.of("cnn", "train", "--data",
                dir.resolve("data"), "--size", 16, "--batch", 2));
        if (!java.util.Arrays.asList(more).contains("--epochs")) {
            args.addAll(java.util.List.of("--epochs", 1));
        }
        args.addAll(java.util.Arrays.asList(more));
        return CommandRun.of(args.toArray());
    }

    @Test
    void aWorkspaceNetworkAFolderAndAnyOtherFileAreNeverWrittenOver() throws Exception {
        Path ws = TinyWorkspace.create(dir);
        Path network = ws.resolve("models/cnn.zip");
        String fingerprint = Workspace.open(ws).cnnInfo().fingerprint();
        for (Path out : new Path[] {network, ws.resolve("models/other.zip"),
                ws.resolve("models/../models/cnn.zip")}) {
            CommandRun refused = train("--out", out, "--force");
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("models/ folder of the workspace", "create a new workspace",
                    "nothing was trained").doesNotContain("epoch 1:");
        }
        assertThat(Workspace.open(ws).cnnInfo().fingerprint()).isEqualTo(fingerprint);
        assertThat(ws.resolve("models/other.zip")).doesNotExist();

        Path folder = Files.createDirectories(dir.resolve("folder"));
        CommandRun onFolder = train("--out", folder);
        assertThat(onFolder.exitCode()).isEqualTo(2);
        assertThat(onFolder.err()).contains("not writing " + folder + ": it is a folder").doesNotContain("epoch 1:");
        assertThat(dir.resolve("folder.checkpoints")).doesNotExist();

        Path notes = Files.writeString(dir.resolve("notes.zip"), "mine");
        Path beside = Files.writeString(dir.resolve("results.json"), "{\"mine\": true}");
        for (Path out : new Path[] {notes, dir.resolve("results.zip")}) {
            CommandRun refused = train("--out", out, "--force");
            assertThat(refused.exitCode()).isEqualTo(2);
            assertThat(refused.err()).contains("so it is never replaced, not even with --force");
        }
        assertThat(Files.readString(notes)).isEqualTo("mine");
        assertThat(Files.readString(beside)).isEqualTo("{\"mine\": true}");
    }

    @Test
    void anExistingModelIsReplacedOnlyWithForceAndAFinishedRunIsCalledFinished() throws Exception {
        xspace.data.CubFixture.at(dir.resolve("data")).write();
        Path model = dir.resolve("cnn.zip");
        assertThat(train("--out", model).exitCode()).isZero();
        String first = CnnStore.readInfo(model).fingerprint();

        CommandRun again = train("--out", model);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("the file exists (to replace an earlier model (DL4J zip), use --force)");

        CommandRun forced = train("--out", model, "--force");
        assertThat(forced.exitCode()).isEqualTo(2);
        assertThat(forced.err()).contains("cnn.zip.checkpoints holds a finished run (1 epochs",
                "remove the folder to train afresh").doesNotContain("add --resume to continue it");

        xspace.engine.FileTrees.delete(dir.resolve("cnn.zip.checkpoints"));
        CommandRun fresh = train("--out", model, "--force", "--seed", 2);
        assertThat(fresh.exitCode()).as(fresh.err()).isZero();
        assertThat(CnnStore.readInfo(model).fingerprint()).isNotEqualTo(first);

        // resuming the finished run further saves over its model: --force goes with --resume, and is named
        CommandRun resumedAlone = train("--out", model, "--epochs", 2, "--resume");
        assertThat(resumedAlone.exitCode()).isEqualTo(2);
        assertThat(resumedAlone.err()).contains("not writing " + model + ": the file exists (a resumed run replaces"
                + " the model (DL4J zip) saved before only with --force too: add --force to --resume)")
                .doesNotContain("epoch 2:");

        // a run stopped before it saved: its checkpoints are there, its model is not
        Files.delete(model);
        Files.delete(CnnStore.infoPath(model));
        CommandRun longer = train("--out", model, "--epochs", 2);
        assertThat(longer.exitCode()).isEqualTo(2);
        assertThat(longer.err()).contains("holds an interrupted run (stopped after epoch 1 of 2): add --resume");
        CommandRun resumed = train("--out", model, "--epochs", 2, "--resume");
        assertThat(resumed.exitCode()).as(resumed.err()).isZero();
        assertThat(resumed.err()).contains("epoch 2:").doesNotContain("epoch 1:");
    }

    @Test
    void resumeWithNothingToResumeSaysTrainingStartsAfresh() {
        xspace.data.CubFixture.at(dir.resolve("data")).write();
        Path model = dir.resolve("cnn.zip");
        CommandRun run = train("--out", model, "--resume");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("note: --resume: " + dir.resolve("cnn.zip.checkpoints")
                + " holds no interrupted run to resume; training starts afresh");
    }
}
