package xspace.explain;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
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
import xspace.engine.AtomicFiles;
import xspace.engine.ExclusiveLock;
import xspace.model.CnnInfo;
import xspace.model.CnnStore;
import xspace.model.ModelException;

/**
 * Saves and loads explanation modules: a DL4J zip of the encoder and predictor (see
 * {@link ModuleNetwork}) that also carries the decoder and the {@link ModuleInfo} as entries of its
 * own, with a copy of the description as a JSON file beside it. A module is only ever loaded for the network (by
 * fingerprint) and Z layer it was trained on.
 */
public final class ModuleStore {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().serializeSpecialFloatingPointValues().create();
    private static final String DECODER_KEY = "xspace-decoder";
    /** The module's description inside its zip, beside DL4J's own entries. */
    static final String DESCRIPTION_ENTRY = "xspace-module.json";

    private ModuleStore() {
    }

    /**
     * Replaces the module at {@code zip} as one unit: its description travels inside the zip, so the
     * weights and the description that loads with them are renamed into place together; the JSON
     * beside it is a copy for people and earlier versions. One save at a time per module file.
     */
    public static void save(ExplanationModule module, Path zip) throws IOException {
        String description = GSON.toJson(module.info());
        try (ExclusiveLock lock = ExclusiveLock.of(zip)) {
            AtomicFiles.write(zip, tmp -> {
                ModelSerializer.writeModel(ModuleNetwork.encoderPredictor(module.parameters()), tmp.toFile(), false);
                if (module.parameters().hasDecoder()) {
                    writeDecoder(tmp, module.parameters());
                }
                embed(tmp, description);
            });
            AtomicFiles.writeString(CnnStore.infoPath(zip), description);
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

    /** The description that belongs to the weights: the zip's own, or the JSON beside a zip saved without one. */
    public static ModuleInfo readInfo(Path zip) {
        Optional<String> embedded = embedded(zip);
        if (embedded.isPresent()) {
            return parse(embedded.get(), zip + "!/" + DESCRIPTION_ENTRY);
        }
        Path json = CnnStore.infoPath(zip);
        if (!Files.isRegularFile(json)) {
            throw new ModelException(zip + ": its description " + json.getFileName() + " is missing; an explanation"
                    + " module is a zip with a JSON description of the same name beside it");
        }
        try {
            return parse(Files.readString(json, StandardCharsets.UTF_8), json.toString());
        } catch (IOException e) {
            throw new ModelException(json + ": not a readable module description (" + e.getMessage() + ")", e);
        }
    }

    private static ModuleInfo parse(String text, String source) {
        try {
            ModuleInfo info = GSON.fromJson(text, ModuleInfo.class);
            if (info == null || info.method() == null || info.shape() == null || info.cnnFingerprint() == null) {
                throw new ModelException(source + ": expected method, shape and cnnFingerprint of an explanation module");
            }
            return info;
        } catch (JsonParseException e) {
            throw new ModelException(source + ": not a readable module description (" + e.getMessage() + ")", e);
        }
    }

    private static Optional<String> embedded(Path zip) {
        if (!Files.isRegularFile(zip)) {
            return Optional.empty();
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(DESCRIPTION_ENTRY);
            if (entry == null) {
                return Optional.empty();
            }
            try (InputStream in = file.getInputStream(entry)) {
                return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.util.zip.ZipException e) {
            return Optional.empty(); // not a zip at all: loading the weights says so
        } catch (IOException e) {
            throw new ModelException(zip + ": not a readable explanation module (" + e.getMessage() + ")", e);
        }
    }

    private static void embed(Path zip, String description) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Files.writeString(fs.getPath(DESCRIPTION_ENTRY), description, StandardCharsets.UTF_8);
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
        try (ZipFile file = new ZipFile(zip.toFile())) {
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
