package xspace.explain;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.model.CnnInfo;
import xspace.model.CnnStore;
import xspace.model.ModelException;

/**
 * Saves and loads explanation modules: a DL4J zip of the encoder and predictor (see
 * {@link ModuleNetwork}) that also carries the decoder as {@code .npy} entries, and a JSON file
 * beside it with the {@link ModuleInfo}. A module is only ever loaded for the network (by
 * fingerprint) and Z layer it was trained on.
 */
public final class ModuleStore {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
    private static final String DECODER_KEY = "xspace-decoder";

    private ModuleStore() {
    }

    public static void save(ExplanationModule module, Path zip) throws IOException {
        Path parent = zip.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".module", ".zip.tmp");
        try {
            ModelSerializer.writeModel(ModuleNetwork.encoderPredictor(module.parameters()), tmp.toFile(), false);
            if (module.parameters().hasDecoder()) {
                writeDecoder(tmp, module.parameters());
            }
            Path json = CnnStore.infoPath(zip);
            Files.writeString(json, GSON.toJson(module.info()), StandardCharsets.UTF_8);
            Files.move(tmp, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Loads a module and checks that it belongs to this network and layer. */
    public static ExplanationModule load(Path zip, CnnInfo cnn) {
        ModuleInfo info = readInfo(zip);
        if (cnn.fingerprint() != null && !cnn.fingerprint().equals(info.cnnFingerprint())) {
            throw new ModelException(zip + ": trained for the network with fingerprint " + info.cnnFingerprint()
                    + ", not for this one (" + cnn.fingerprint() + "); retrain it for this network");
        }
        if (!cnn.zLayer().equals(info.zLayer())) {
            throw new ModelException(zip + ": explains layer " + info.zLayer() + ", the workspace explains " + cnn.zLayer());
        }
        return new ExplanationModule(info, readParameters(zip));
    }

    public static ModuleInfo readInfo(Path zip) {
        Path json = CnnStore.infoPath(zip);
        if (!Files.isRegularFile(json)) {
            throw new ModelException(zip + ": its description " + json.getFileName() + " is missing; an explanation"
                    + " module is a zip with a JSON description of the same name beside it");
        }
        try {
            ModuleInfo info = GSON.fromJson(Files.readString(json, StandardCharsets.UTF_8), ModuleInfo.class);
            if (info == null || info.method() == null || info.shape() == null || info.cnnFingerprint() == null) {
                throw new ModelException(json + ": expected method, shape and cnnFingerprint of an explanation module");
            }
            return info;
        } catch (IOException | JsonParseException e) {
            throw new ModelException(json + ": not a readable module description (" + e.getMessage() + ")", e);
        }
    }

    private static ModuleParameters readParameters(Path zip) {
        try {
            MultiLayerNetwork network = ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), false);
            Map<String, INDArray> arrays = new LinkedHashMap<>(ModuleNetwork.parametersOf(network));
            if (hasDecoder(zip)) {
                LinkedHashMap<String, float[][]> decoder = ModelSerializer.getObjectFromFile(zip.toFile(), DECODER_KEY);
                decoder.forEach((name, values) -> arrays.put(name, Nd4j.create(values)));
            }
            return ModuleParameters.of(arrays);
        } catch (IOException | RuntimeException e) {
            throw new ModelException(zip + ": not a readable explanation module (" + e.getMessage() + ")", e);
        }
    }

    private static boolean hasDecoder(Path zip) throws IOException {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.stream().anyMatch(e -> e.getName().contains(DECODER_KEY));
        }
    }

    /** The decoder travels inside the DL4J zip as an extra object entry, which DL4J keeps alongside the model. */
    private static void writeDecoder(Path zip, ModuleParameters p) throws IOException {
        LinkedHashMap<String, float[][]> decoder = new LinkedHashMap<>();
        for (String name : ModuleParameters.DECODER) {
            decoder.put(name, p.get(name).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).toFloatMatrix());
        }
        ModelSerializer.addObjectToFile(zip.toFile(), DECODER_KEY, decoder);
    }
}
