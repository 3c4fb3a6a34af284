package xspace.explain;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.data.JsonProblem;
import xspace.model.CnnStore;
import xspace.model.ModelException;

/**
 * Reads a module file's description and weights. {@code name} is the module's path, used in
 * messages and to find the JSON beside it; {@code file} is where the bytes are read, the module
 * itself or a copy taken so that description and weights come from one version of the file.
 */
final class ModuleFileReader {

    static final String DECODER_KEY = "xspace-decoder";
    /** The module's description inside its zip, beside DL4J's own entries. */
    static final String DESCRIPTION_ENTRY = "xspace-module.json";

    private final Gson gson;

    ModuleFileReader(Gson gson) {
        this.gson = gson;
    }

    /** The description that belongs to the weights: the zip's own, or the JSON beside a zip saved without one. */
    ModuleInfo info(Path name, Path file) {
        Optional<String> embedded = embedded(name, file);
        if (embedded.isPresent()) {
            return parse(embedded.get(), name + "!/" + DESCRIPTION_ENTRY);
        }
        Path json = CnnStore.infoPath(name);
        if (!Files.isRegularFile(json)) {
            throw new ModelException(name + ": its description " + json.getFileName() + " is missing; an explanation"
                    + " module is a zip with a JSON description of the same name beside it");
        }
        try {
            return parse(Files.readString(json, StandardCharsets.UTF_8), json.toString());
        } catch (IOException e) {
            throw new ModelException(json + ": not a readable module description (" + e.getMessage() + ")", e);
        }
    }

    ModuleParameters parameters(Path name, Path file) {
        try {
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(file.toFile(), false);
            Map<String, INDArray> arrays = new LinkedHashMap<>(ModuleNetwork.parametersOf(network));
            if (hasDecoder(file)) {
                LinkedHashMap<String, float[][]> decoder = ModelSerializer.getObjectFromFile(file.toFile(), DECODER_KEY);
                // Stored as 32-bit floats; kept in the encoder's precision so that the parameters make one buffer.
                var type = arrays.get("W1").dataType();
                decoder.forEach((key, values) -> arrays.put(key, Nd4j.create(values).castTo(type)));
            }
            return ModuleParameters.of(arrays);
        } catch (IOException | RuntimeException e) {
            throw new ModelException(name + ": not a readable explanation module (" + e.getMessage() + ")", e);
        }
    }

    private ModuleInfo parse(String text, String source) {
        try {
            ModuleInfo info = gson.fromJson(text, ModuleInfo.class);
            if (info == null || info.method() == null || info.shape() == null || info.cnnFingerprint() == null) {
                throw new ModelException(source + ": expected method, shape and cnnFingerprint of an explanation module");
            }
            return info;
        } catch (JsonParseException e) {
            throw new ModelException(source + ": not a readable module description (" + JsonProblem.reason(e) + ")", e);
        }
    }

    private static Optional<String> embedded(Path name, Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry(DESCRIPTION_ENTRY);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = zip.getInputStream(entry)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.util.zip.ZipException e) {
            return Optional.empty(); // not a zip at all: loading the weights says so
        } catch (IOException e) {
            throw new ModelException(name + ": not a readable explanation module (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hasDecoder(Path file) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            return zip.stream().anyMatch(e -> e.getName().contains(DECODER_KEY));
        }
    }
}
