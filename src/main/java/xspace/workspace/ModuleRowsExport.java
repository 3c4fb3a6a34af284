package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.data.NpyFile;
import xspace.explain.ClassSample;
import xspace.explain.ClassSampler;
import xspace.explain.ExplanationMethod;
import xspace.explain.ExplanationModule;
import xspace.explain.Hyperparameters;
import xspace.explain.ModuleShape;
import xspace.explain.ModuleStore;
import xspace.explain.TrainingAttempt;

/**
 * Writes out exactly what a module was trained and tested on, so that another implementation can
 * be trained on the same rows: Z, the full score vectors (ŷ_j is column j) and the module's own ȳ_j
 * of its training and test samples as {@code .npy}, and which images those rows are. The samples are
 * drawn again from the module's recorded seed and sampling plan and must be the images the module
 * lists, row for row.
 */
public final class ModuleRowsExport {

    /** The file describing the rows, written by the command beside the .npy files. */
    public static final String DESCRIPTION = "rows.json";

    /** Every file an export writes, so that an earlier export in the same folder is never replaced unasked. */
    public static final List<String> FILES = List.of(DESCRIPTION, "z_train.npy", "logits_train.npy",
            "ybar_train.npy", "z_test.npy", "logits_test.npy", "ybar_test.npy");

    private ModuleRowsExport() {
    }

    /** One sample's rows: how many, which images, which of them are positives, and its .npy files. */
    public record Part(int rows, int positives, int[] imageIds, boolean[] positive, Map<String, String> files) {
    }

    /** What was written, for {@code rows.json}. */
    public record Description(String version, ExplanationMethod method, int classIndex, String className,
            ModuleShape shape, Hyperparameters hyperparameters, TrainingAttempt[] attempts,
            Map<String, Double> faithfulness, long seed, Part train, Part test) {
    }

    public static Description export(Workspace workspace, ExplanationMethod method, int classIndex, Path out)
            throws IOException {
        ModuleVersion version = workspace.modules().requireCurrent(method, classIndex);
        ExplanationModule module = ModuleStore.load(version.file(), workspace.cnnInfo());
        var info = module.info();
        if (info.sampling() == null || info.seed() == null) {
            throw new IllegalArgumentException(version.id() + " does not record its seed and sampling; retrain it"
                    + " to export its rows");
        }
        ClassSampler.Split split = new ClassSampler(workspace.features()).sample(classIndex, info.sampling());
        requireSame("training", split.train().imageIds(), info.trainImageIds(), version.id());
        requireSame("test", split.test().imageIds(), info.testImageIds(), version.id());
        Files.createDirectories(out);
        return new Description(version.id(), method, classIndex, info.className(), info.shape(), info.hyperparameters(),
                info.attempts().toArray(TrainingAttempt[]::new), info.faithfulness(), info.seed(),
                write(module, split.train(), "train", out), write(module, split.test(), "test", out));
    }

    private static Part write(ExplanationModule module, ClassSample sample, String name, Path out) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("z", "z_" + name + ".npy");
        files.put("logits", "logits_" + name + ".npy");
        files.put("ybar", "ybar_" + name + ".npy");
        NpyFile.write(out.resolve(files.get("z")), matrix(sample.z()));
        NpyFile.write(out.resolve(files.get("logits")), matrix(sample.logits()));
        NpyFile.write(out.resolve(files.get("ybar")), matrix(module.predict(sample.z())));
        return new Part(sample.size(), sample.positives(), sample.imageIds(), sample.positive(), files);
    }

    private static float[][] matrix(INDArray a) {
        return a.size(0) == 0 ? new float[0][0] : a.castTo(DataType.FLOAT).toFloatMatrix();
    }

    private static void requireSame(String what, int[] drawn, int[] recorded, String id) {
        if (!Arrays.equals(drawn, recorded)) {
            throw new IllegalStateException("the " + what + " images drawn again for " + id + " are not those it"
                    + " records; were the features extracted again since it was trained?");
        }
    }
}
