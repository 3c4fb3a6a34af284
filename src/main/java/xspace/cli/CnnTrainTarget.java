package xspace.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import xspace.engine.OutputFile;
import xspace.model.CheckpointedRun;
import xspace.model.CnnStore;
import xspace.model.ModelException;
import xspace.model.TrainingOptions;
import xspace.workspace.Workspace;

/**
 * Whether {@code cnn train} may write its model where {@code --out} says, decided before the first
 * epoch: a refusal after hours of training would waste them, and one after the save would come too
 * late for the file it replaced.
 */
final class CnnTrainTarget {

    private static final String KIND = "model (DL4J zip)";

    private CnnTrainTarget() {
    }

    /**
     * @param replace whether an existing model may be replaced ({@code --force})
     * @param resume  whether an interrupted run in the checkpoint folder is to be continued
     * @throws IllegalArgumentException naming the file and what to do instead
     */
    static void check(Path out, Path checkpoints, boolean replace, boolean resume, TrainingOptions options) {
        requireOutsideWorkspaceModels(out);
        OutputFile.requireWritable(out, replace, KIND, CnnTrainTarget::isModel, howToReplace(KIND, resume));
        Path info = CnnStore.infoPath(out);
        String infoKind = "model description (JSON)";
        OutputFile.requireWritable(info, replace, infoKind, CnnTrainTarget::isModelInfo, howToReplace(infoKind, resume));
        if (!resume) {
            CheckpointedRun.in(checkpoints).ifPresent(run -> {
                throw new IllegalArgumentException(checkpoints + (run.finishedUnder(options)
                        ? " holds a finished run (" + run.epoch() + " epochs, the best being epoch " + run.bestEpoch()
                                + "): remove the folder to train afresh, or add --resume with more --epochs or a"
                                + " larger --patience to train it further"
                        : " holds an interrupted run (stopped after epoch " + run.epoch() + " of " + options.epochs()
                                + "): add --resume to continue it, or remove the folder to train afresh")
                        + "; nothing was trained");
            });
        }
    }

    /**
     * A resumed run saves over the model its earlier stage saved, which, like any model, is replaced
     * only when asked: a user adding --resume alone is told that --force goes with it.
     */
    private static String howToReplace(String kind, boolean resume) {
        return resume ? "a resumed run replaces the " + kind + " saved before only with --force too: add --force"
                + " to --resume" : "to replace an earlier " + kind + ", use --force";
    }

    /** A workspace's network is replaced only by creating a new workspace: its modules, features and votes belong to it. */
    private static void requireOutsideWorkspaceModels(Path out) {
        Path target = OutputFile.real(out);
        for (Path folder = target.getParent(); folder != null && folder.getParent() != null;
                folder = folder.getParent()) {
            if (folder.getFileName().toString().equals("models") && Workspace.isWorkspace(folder.getParent())) {
                throw new IllegalArgumentException("not writing " + out + ": it is in the models/ folder of the"
                        + " workspace " + folder.getParent() + ", whose network, modules, features and votes belong"
                        + " together; write the model elsewhere and create a new workspace with it"
                        + " (`xspace workspace create`); nothing was trained");
            }
        }
    }

    private static boolean isModel(Path file) {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.getEntry("configuration.json") != null && zip.getEntry("coefficients.bin") != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isModelInfo(Path json) {
        try {
            CnnStore.readInfo(json.resolveSibling(json.getFileName().toString().replaceFirst("\\.json$", ".zip")));
            return true;
        } catch (ModelException e) {
            return false;
        }
    }
}
