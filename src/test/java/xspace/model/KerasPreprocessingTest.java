package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Imports the tiny Keras model once per input preprocessing mode and feeds it an 8-bit image
 * through the same path as every image of a workspace; the logits must be those that
 * src/test/resources/keras/make_preprocessing_fixtures.py computed with NumPy from Keras'
 * definitions of the modes.
 */
class KerasPreprocessingTest {

    private static JsonObject expected() throws Exception {
        Path json = Path.of(KerasPreprocessingTest.class.getResource("/keras/preprocessing_expected.json").toURI());
        return JsonParser.parseString(Files.readString(json)).getAsJsonObject();
    }

    private static Path model() throws Exception {
        return Path.of(KerasPreprocessingTest.class.getResource("/keras/tiny_vgg_sequential.h5").toURI());
    }

    private static BufferedImage image(JsonArray rows) {
        BufferedImage image = new BufferedImage(rows.size(), rows.size(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < rows.size(); y++) {
            JsonArray row = rows.get(y).getAsJsonArray();
            for (int x = 0; x < row.size(); x++) {
                JsonArray rgb = row.get(x).getAsJsonArray();
                image.setRGB(x, y, rgb.get(0).getAsInt() << 16 | rgb.get(1).getAsInt() << 8 | rgb.get(2).getAsInt());
            }
        }
        return image;
    }

    @ParameterizedTest
    @EnumSource(InputPreprocessing.class)
    void logitsAreThoseOfNumpyForEachMode(InputPreprocessing mode, @TempDir Path dir) throws Exception {
        JsonObject expected = expected();
        JsonArray logits = expected.getAsJsonObject("logits").getAsJsonArray(mode.id());
        CnnStore.save(KerasImport.importModel(model(), null, mode), dir.resolve("imported.zip"));
        ExplainedCnn cnn = CnnStore.load(dir.resolve("imported.zip"));
        assertThat(InputPreprocessing.matching(cnn.info().normalisation())).as("stored with the network")
                .contains(mode);
        float[] actual = cnn.forward(ImagePreprocessor.of(cnn.info())
                .batch(List.of(image(expected.getAsJsonArray("image_rgb"))))).logits().toFloatVector();
        double largest = 0;
        for (int i = 0; i < logits.size(); i++) {
            largest = Math.max(largest, Math.abs(logits.get(i).getAsDouble()));
        }
        assertThat(actual).hasSize(logits.size());
        for (int i = 0; i < logits.size(); i++) {
            assertThat((double) actual[i]).as("%s logit %d", mode.id(), i)
                    .isCloseTo(logits.get(i).getAsDouble(), within(1e-5 * largest));
        }
    }

    @Test
    void theDefaultIsKerasVggConventionAndModesAreNamedInAnyCase() {
        assertThat(InputPreprocessing.DEFAULT.normalisation()).isEqualTo(Normalisation.CAFFE);
        assertThat(InputPreprocessing.named("Torch")).contains(InputPreprocessing.TORCH);
        assertThat(InputPreprocessing.named("vgg")).isEmpty();
        assertThat(InputPreprocessing.describe(Normalisation.CAFFE)).startsWith("caffe (BGR");
        assertThat(InputPreprocessing.describe(Normalisation.UNIT))
                .isEqualTo("RGB, (pixel x 0.0039216 - [0.5, 0.5, 0.5]) / [0.25, 0.25, 0.25]");
    }
}
