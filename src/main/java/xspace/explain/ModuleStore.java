package xspace.explain;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import org.deeplearning4j.util.ModelSerializer;
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
    private static final ModuleFileReader READER = new ModuleFileReader(GSON);
    private static final String DECODER_KEY = ModuleFileReader.DECODER_KEY;
    private static final String DESCRIPTION_ENTRY = ModuleFileReader.DESCRIPTION_ENTRY;

    private ModuleStore() {
    }

    /**
     * Replaces the module at {@code zip} as one unit: its description travels inside the zip, so the
     * weights and the description that loads with them are renamed into place together; the JSON
     * beside it is a copy for people and earlier versions. One save at a time per module file. The
     * description saved carries the fingerprint of these weights, whatever the given one said.
     *
     * @return the description as saved
     */
    public static ModuleInfo save(ExplanationModule module, Path zip) throws IOException {
        ModuleInfo info = module.info().withFingerprint(ModuleFingerprint.of(module.info(), module.parameters()));
        String description = GSON.toJson(info);
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
        return info;
    }

    /**
     * Records the fingerprint in the description of a module saved before it was recorded: the
     * zip is copied with the new description and renamed into place, its weights untouched.
     */
    public static void recordFingerprint(Path zip, ModuleInfo info) throws IOException {
        if (info.fingerprint() == null) {
            throw new IllegalArgumentException(zip + ": no fingerprint to record");
        }
        String description = GSON.toJson(info);
        try (ExclusiveLock lock = ExclusiveLock.of(zip)) {
            AtomicFiles.write(zip, tmp -> {
                java.nio.file.Files.copy(zip, tmp, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                embed(tmp, description);
            });
            AtomicFiles.writeString(CnnStore.infoPath(zip), description);
        }
    }

    /**
     * Loads a module and checks that it belongs to this network and layer and that its description
     * is the one of these weights (same fingerprint); a module saved before fingerprints were
     * recorded gets the fingerprint of its weights.
     */
    public static ExplanationModule load(Path zip, CnnInfo cnn) {
        return read(zip, info -> {
            if (cnn.fingerprint() != null && !cnn.fingerprint().equals(info.cnnFingerprint())) {
                throw new ModelException(zip + ": trained for the network with fingerprint " + info.cnnFingerprint()
                        + ", not for this one (" + cnn.fingerprint() + "); retrain it for this network");
            }
            if (!cnn.zLayer().equals(info.zLayer())) {
                throw new ModelException(zip + ": explains layer " + info.zLayer() + ", the workspace explains "
                        + cnn.zLayer());
            }
        });
    }

    /** Loads the weights, whichever network they belong to, to learn their fingerprint (see {@link #load}). */
    public static ExplanationModule loadAnyNetwork(Path zip) {
        return read(zip, info -> {
        });
    }

    /** The description that belongs to the weights: the zip's own, or the JSON beside a zip saved without one. */
    public static ModuleInfo readInfo(Path zip) {
        return READER.info(zip, zip);
    }

    /**
     * Reads description and weights from one copy of the file, so that a save replacing it meanwhile
     * cannot pair the description of one version with the weights of another.
     */
    private static ExplanationModule read(Path zip, java.util.function.Consumer<ModuleInfo> check) {
        Path copy = null;
        try {
            copy = Files.createTempFile("xspace-module", ".zip");
            boolean exists = copyOf(zip, copy);
            Path file = exists ? copy : zip;
            ModuleInfo info = READER.info(zip, file);
            check.accept(info);
            ModuleParameters parameters = READER.parameters(zip, file);
            String actual = ModuleFingerprint.of(info, parameters);
            if (info.fingerprint() != null && !info.fingerprint().equals(actual)) {
                throw new ModelException(zip + ": its description is of the module with fingerprint "
                        + info.fingerprint() + ", its weights have fingerprint " + actual + "; the file was changed by"
                        + " something other than XSpace");
            }
            return new ExplanationModule(info.withFingerprint(actual), parameters);
        } catch (IOException e) {
            throw new ModelException(zip + ": not a readable explanation module (" + e.getMessage() + ")", e);
        } finally {
            deleteQuietly(copy);
        }
    }

    private static boolean copyOf(Path zip, Path copy) throws IOException {
        try {
            Files.copy(zip, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (java.nio.file.NoSuchFileException e) {
            return false; // reading says what is missing
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary copy left behind is the system's to clean
        }
    }

    private static void embed(Path zip, String description) throws IOException {
        try (FileSystem fs = FileSystems.newFileSystem(zip)) {
            Files.writeString(fs.getPath(DESCRIPTION_ENTRY), description, StandardCharsets.UTF_8);
        }
    }

    /** The decoder travels inside the DL4J zip as an extra object entry, which DL4J keeps alongside the model. */
    private static void writeDecoder(Path zip, ModuleParameters p) throws IOException {
        LinkedHashMap<String, float[][]> decoder = new LinkedHashMap<>();
        for (String name : ParameterGroup.DECODER.names()) {
            decoder.put(name, p.get(name).castTo(org.nd4j.linalg.api.buffer.DataType.FLOAT).toFloatMatrix());
        }
        ModelSerializer.addObjectToFile(zip.toFile(), DECODER_KEY, decoder);
    }
}
