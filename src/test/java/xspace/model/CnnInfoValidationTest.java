package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A network's description (cnn.json) is checked field by field when it is read. */
class CnnInfoValidationTest {

    @TempDir
    Path dir;

    private Path zip;
    private Path json;
    private String original;

    @BeforeEach
    void saveATinyNetwork() throws Exception {
        zip = dir.resolve("m.zip");
        CnnStore.save(TinyImages.network(16, 5), zip);
        json = dir.resolve("m.json");
        original = Files.readString(json, StandardCharsets.UTF_8);
    }

    @Test
    void theSavedDescriptionIsAccepted() {
        assertThat(CnnStore.load(zip).info().inputSize()).isEqualTo(16);
    }

    /** A million pixels overflowed into a negative array size; 0 gave a raw IllegalArgumentException. */
    @Test
    void anInputSizeOutsideEightTo4096IsRefused() throws Exception {
        for (String size : new String[] {"1000000", "0", "64.5", "\"64\""}) {
            assertRefused(info -> info.add("inputSize", JsonParser.parseString(size)),
                    "inputSize is " + size + "; expected a whole number of pixels from 8 to 4096");
        }
    }

    /** A standard deviation of 0 made every feature about 1e37, and nothing said so. */
    @Test
    void theNormalisationNeedsPositiveFiniteStdsAndFiniteMeansForThreeChannels() throws Exception {
        assertRefused(info -> normalisation(info).getAsJsonArray("std").set(1, new JsonPrimitive(0)),
                "normalisation.std[1] is 0; expected a positive finite number (a standard deviation)");
        assertRefused(info -> normalisation(info).getAsJsonArray("std").set(2, new JsonPrimitive(-0.25)),
                "normalisation.std[2] is -0.25; expected a positive finite number (a standard deviation)");
        assertRefused(info -> normalisation(info).getAsJsonArray("mean").add(0.5),
                "normalisation.mean is [0.5,0.5,0.5,0.5]; expected a list of 3 numbers, one per colour channel");
        assertRefused(info -> normalisation(info).getAsJsonArray("mean").set(0, new JsonPrimitive("x")),
                "normalisation.mean[0] is \"x\"; expected a finite number");
        assertRefused(info -> normalisation(info).addProperty("scale", 0),
                "normalisation.scale is 0; expected a positive finite number");
        assertRefused(info -> normalisation(info).remove("bgr"),
                "normalisation.bgr is missing; expected true or false");
    }

    @Test
    void classNamesMustBeNamesOfTheirOwnOnePerOutput() throws Exception {
        assertRefused(info -> info.add("classNames", new JsonArray()),
                "classNames is []; expected a non-empty list of class names");
        assertRefused(info -> info.getAsJsonArray("classNames").set(1, new JsonPrimitive(" ")),
                "classNames[1] is \" \"; expected a class name");
        assertRefused(info -> info.getAsJsonArray("classNames").set(1, new JsonPrimitive("square")),
                "classNames[1] is \"square\"; expected a name of its own; it repeats classNames[0]");
        assertRefused(info -> info.getAsJsonArray("classNames").add("triangle"),
                "classNames has 3 names but the network in m.zip has 2 outputs");
    }

    @Test
    void theZLayerAndTheLayoutAreNamed() throws Exception {
        assertRefused(info -> info.remove("zLayer"), "zLayer is missing; expected the name of the layer to explain");
        assertRefused(info -> info.addProperty("zLayer", "fc9"),
                "zLayer is \"fc9\"; expected a layer of the network in m.zip, one of [");
        assertRefused(info -> info.addProperty("layout", "NWHC"), "layout is \"NWHC\"; expected NCHW or NHWC");
    }

    @Test
    void aDescriptionThatIsNotAnObjectIsRefused() throws Exception {
        Files.writeString(json, "[1, 2]", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CnnStore.readInfo(zip)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(json + ": expected a JSON object");
    }

    private static JsonObject normalisation(JsonObject info) {
        return info.getAsJsonObject("normalisation");
    }

    /** Edits the saved description, expects the load to be refused with the file and this message. */
    private void assertRefused(Consumer<JsonObject> edit, String message) throws Exception {
        JsonObject info = JsonParser.parseString(original).getAsJsonObject();
        edit.accept(info);
        Files.writeString(json, info.toString(), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CnnStore.load(zip)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(json + ": " + message);
    }
}
