package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Imports the Keras files of src/test/resources/keras (written by make_fixtures.py there) and
 * compares with the outputs that script computed with NumPy.
 */
class KerasImportTest {

    private static Path resource(String name) throws Exception {
        return Path.of(KerasImportTest.class.getResource("/keras/" + name).toURI());
    }

    private static INDArray npy(String name) throws Exception {
        return Nd4j.createFromNpyFile(new File(resource(name).toString()));
    }

    @Test
    void sequentialModelPredictsAsNumpyDoes() throws Exception {
        checkAgainstNumpy(KerasImport.importModel(resource("tiny_vgg_sequential.h5"), List.of("a", "b", "c")));
    }

    @Test
    void functionalModelPredictsAsNumpyDoes() throws Exception {
        checkAgainstNumpy(KerasImport.importModel(resource("tiny_vgg_functional.h5"), null));
    }

    private void checkAgainstNumpy(ExplainedCnn cnn) throws Exception {
        assertThat(cnn.info().zLayer()).isEqualTo("fc1");
        assertThat(cnn.info().inputSize()).isEqualTo(16);
        assertThat(cnn.info().layout()).isEqualTo(InputLayout.NHWC);
        INDArray input = npy("input_nhwc.npy");
        ExplainedCnn.Forward forward = cnn.forward(input);
        assertThat(forward.z().equalsWithEps(npy("expected_fc1.npy"), 1e-3)).as("fc1").isTrue();
        assertThat(forward.logits().equalsWithEps(npy("expected_logits.npy"), 1e-3)).as("logits").isTrue();
        assertThat(cnn.probabilities(input).equalsWithEps(npy("expected_probabilities.npy"), 1e-4)).isTrue();
    }

    @Test
    void importedModelSurvivesSaveAndLoad(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        ExplainedCnn cnn = KerasImport.importModel(resource("tiny_vgg_functional.h5"), null);
        CnnStore.save(cnn, dir.resolve("imported.zip"));
        ExplainedCnn loaded = CnnStore.load(dir.resolve("imported.zip"));
        INDArray input = npy("input_nhwc.npy");
        assertThat(loaded.forward(input).logits()).isEqualTo(cnn.forward(input).logits());
        assertThat(loaded.info().normalisation()).isEqualTo(Normalisation.CAFFE);
    }

    @Test
    void weightsOnlyFilesAreRefusedWithTheFix() throws Exception {
        assertThatThrownBy(() -> KerasImport.importModel(resource("tiny_vgg_weights_only.h5"), null))
                .isInstanceOf(ModelException.class).hasMessageContaining("weights only")
                .hasMessageContaining("model.save(");
    }

    @Test
    void unsupportedLayersAreNamed() throws Exception {
        assertThatThrownBy(() -> KerasImport.importModel(resource("tiny_vgg_unsupported_layer.h5"), null))
                .isInstanceOf(ModelException.class).hasMessageContaining("Lambda");
    }

    /** DL4J's importer copies these without a word and the network then predicts nonsense. */
    @Test
    void aWeightOfTheWrongShapeIsRefusedWithLayerWeightAndBothShapes() throws Exception {
        assertThatThrownBy(() -> KerasImport.importModel(resource("tiny_vgg_wrong_kernel_shape.h5"), null))
                .isInstanceOf(ModelException.class)
                .hasMessageEndingWith("tiny_vgg_wrong_kernel_shape.h5: layer 'predictions', weight"
                        + " 'predictions/kernel:0': expected shape (16, 3), found (15, 3)");
        assertThatThrownBy(() -> KerasImport.importModel(resource("tiny_vgg_wrong_conv_shape.h5"), null))
                .isInstanceOf(ModelException.class)
                .hasMessageEndingWith("tiny_vgg_wrong_conv_shape.h5: layer 'block2_conv1', weight"
                        + " 'block2_conv1/kernel:0': expected shape (3, 3, 4, 8), found (3, 3, 3, 8)");
    }

    @Test
    void wrongClassCountIsRefused() throws Exception {
        assertThatThrownBy(() -> KerasImport.importModel(resource("tiny_vgg_sequential.h5"), List.of("a")))
                .isInstanceOf(ModelException.class).hasMessageContaining("3 outputs");
    }

    @Test
    void aFileThatIsNotHdf5IsRefused() throws Exception {
        assertThatThrownBy(() -> KerasImport.importModel(resource("make_fixtures.py"), null))
                .isInstanceOf(ModelException.class).hasMessageContaining("make_fixtures.py");
    }

    @Test
    void fineTuningReplacesTheHeadAndCanFreezeTheConvolutions() throws Exception {
        ExplainedCnn imported = KerasImport.importModel(resource("tiny_vgg_sequential.h5"), null);
        INDArray input = npy("input_nhwc.npy");
        INDArray convBefore = imported.network().getLayer(0).params().dup();
        ExplainedCnn tuned = FineTuning.replaceHead(imported, List.of("x", "y", "z", "w", "v"), true, 1);
        assertThat(tuned.forward(input).logits().shape()).containsExactly(4, 5);
        assertThat(tuned.forward(input).z().equalsWithEps(imported.forward(input).z(), 1e-6)).isTrue();
        INDArray labels = Nd4j.zeros(4, 5);
        for (int i = 0; i < 4; i++) {
            labels.putScalar(i, i, 1);
        }
        for (int step = 0; step < 5; step++) {
            tuned.network().fit(new org.nd4j.linalg.dataset.DataSet(input, labels));
        }
        assertThat(tuned.network().getLayer(0).params()).isEqualTo(convBefore);
        assertThat(tuned.network().getLayer(tuned.network().getnLayers() - 1).params().length()).isEqualTo(16 * 5 + 5);
    }
}
