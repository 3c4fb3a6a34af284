package xspace.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.data.CubFixture;
import xspace.model.CnnStore;
import xspace.model.ExplainedCnn;
import xspace.model.InputPreprocessing;

/**
 * {@code --preprocessing} of a Keras import: named in the help with its default, stored, and shown again;
 * fine-tuning through the command.
 */
class CnnImportCommandTest {

    private static final Path H5 = Path.of("src/test/resources/keras/tiny_vgg_sequential.h5");

    @TempDir
    Path dir;

    @Test
    void theChosenPreprocessingIsStoredAndShownWithTheWorkspace() throws Exception {
        Path model = dir.resolve("tf.zip");
        CommandRun run = CommandRun.of("cnn", "import", H5, "--out", model, "--preprocessing", "TF");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("tf (RGB scaled to -1..1)");
        assertThat(CnnStore.load(model).info().normalisation()).isEqualTo(InputPreprocessing.TF.normalisation());

        Path data = CubFixture.at(dir.resolve("data")).write().root();
        CommandRun plain = CommandRun.of("cnn", "import", H5, "--data", data, "--out", dir.resolve("plain.zip"));
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        CommandRun create = CommandRun.of("workspace", "create", dir.resolve("ws"), "--data", data, "--model",
                dir.resolve("plain.zip"));
        assertThat(create.exitCode()).as(create.err()).isZero();
        assertThat(create.out()).contains("input caffe (BGR 0..255 minus the ImageNet means)");
    }

    /**
     * The whole fine-tuning path of the command on a functional model: the graph Keras' import
     * builds and the imported network are released once copied, and what was trained is saved.
     */
    @Test
    void aFunctionalModelIsFineTunedAndSavedAfterTheImportedNetworksAreReleased() throws Exception {
        Path data = CubFixture.at(dir.resolve("data")).write().root();
        Path model = dir.resolve("tuned.zip");
        CommandRun run = CommandRun.of("cnn", "import", "src/test/resources/keras/tiny_vgg_functional.h5", "--data",
                data, "--fine-tune", "--freeze-conv", "--epochs", "1", "--batch", "2", "--out", model);
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("fine-tuned: test accuracy");
        assertThat(run.out()).contains(CubFixture.CLASS_NAMES.size() + " classes");
        ExplainedCnn tuned = CnnStore.load(model);
        assertThat(tuned.info().classNames()).isEqualTo(CubFixture.CLASS_NAMES);
        INDArray probabilities = tuned.probabilities(Nd4j.rand(DataType.FLOAT, 2, 16, 16, 3).muli(255));
        assertThat(probabilities.sum(1).toDoubleVector()).containsExactly(new double[] {1, 1}, within(1e-4));
    }

    @Test
    void theHelpNamesTheDefaultAndAnUnknownModeIsAUsageError() {
        for (Object[] command : new Object[][] {{"cnn", "import", "--help"}, {"heatmaps", "--help"}}) {
            CommandRun help = CommandRun.of(command);
            assertThat((help.out() + help.err()).replaceAll("\\s+", " "))
                    .contains("--preprocessing=caffe|tf|torch|none").contains("(default: caffe)");
        }
        CommandRun wrong = CommandRun.of("cnn", "import", H5, "--out", dir.resolve("x.zip"), "--preprocessing", "vgg");
        assertThat(wrong.exitCode()).isNotZero();
        assertThat(wrong.err()).contains("expected caffe, tf, torch or none, found 'vgg'");
    }
}
