package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

class CnnStoreTest {

    @TempDir
    Path dir;

    private final TinyImages images = new TinyImages(16);

    @Test
    void saveAndLoadGiveExactlyTheSameOutputs() throws Exception {
        ExplainedCnn cnn = TinyImages.network(16, 5);
        INDArray input = cnn.preprocessor().batch(List.of(images.load(1), images.load(2), images.load(3)));
        ExplainedCnn saved = CnnStore.save(cnn, dir.resolve("m.zip"));
        ExplainedCnn loaded = CnnStore.load(dir.resolve("m.zip"));
        assertThat(loaded.info()).isEqualTo(saved.info());
        assertThat(loaded.info().fingerprint()).isEqualTo(Fingerprint.of(cnn.network())).hasSize(16);
        assertThat(loaded.forward(input).z().toFloatMatrix()).isEqualTo(cnn.forward(input).z().toFloatMatrix());
        assertThat(loaded.forward(input).logits().toFloatMatrix()).isEqualTo(cnn.forward(input).logits().toFloatMatrix());
    }

    @Test
    void logitsAreTheScoresBeforeTheSoftmax() {
        ExplainedCnn cnn = TinyImages.network(16, 5);
        INDArray input = cnn.preprocessor().batch(List.of(images.load(1), images.load(2)));
        INDArray softmax = Transforms.softmax(cnn.forward(input).logits(), true);
        assertThat(softmax.equalsWithEps(cnn.probabilities(input), 1e-5)).isTrue();
    }

    @Test
    void zIsTheFirstFullyConnectedLayerAfterItsRelu() {
        ExplainedCnn cnn = TinyImages.network(16, 5);
        INDArray z = cnn.forward(cnn.preprocessor().batch(List.of(images.load(4)))).z();
        assertThat(z.shape()).containsExactly(1, 16);
        assertThat(z.minNumber().doubleValue()).isGreaterThanOrEqualTo(0);
        assertThat(cnn.layerNames().get(cnn.zIndex())).isEqualTo("fc6");
    }

    @Test
    void differentWeightsGiveDifferentFingerprints() {
        assertThat(Fingerprint.of(TinyImages.network(16, 5).network()))
                .isNotEqualTo(Fingerprint.of(TinyImages.network(16, 6).network()));
    }

    @Test
    void aZipThatIsNotAModelIsRefusedClearly() throws Exception {
        Path zip = dir.resolve("other.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("readme.txt"));
            out.write("hello".getBytes());
        }
        CnnStore.save(TinyImages.network(16, 5), dir.resolve("real.zip"));
        Files.copy(dir.resolve("real.json"), dir.resolve("other.json"));
        assertThatThrownBy(() -> CnnStore.load(zip)).isInstanceOf(ModelException.class)
                .hasMessageContaining("not a DL4J model");
    }

    @Test
    void aTruncatedZipIsRefusedClearly() throws Exception {
        CnnStore.save(TinyImages.network(16, 5), dir.resolve("real.zip"));
        byte[] bytes = Files.readAllBytes(dir.resolve("real.zip"));
        Files.write(dir.resolve("cut.zip"), java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Files.copy(dir.resolve("real.json"), dir.resolve("cut.json"));
        assertThatThrownBy(() -> CnnStore.load(dir.resolve("cut.zip"))).isInstanceOf(ModelException.class)
                .hasMessageContaining("cut.zip");
    }

    @Test
    void aMissingDescriptionIsNamed() throws Exception {
        CnnStore.save(TinyImages.network(16, 5), dir.resolve("real.zip"));
        Files.delete(dir.resolve("real.json"));
        assertThatThrownBy(() -> CnnStore.load(dir.resolve("real.zip"))).isInstanceOf(ModelException.class)
                .hasMessageContaining("real.json");
    }
}
