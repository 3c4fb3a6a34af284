package xspace.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.util.ModelSerializer;
import xspace.data.JsonProblem;
import xspace.engine.AtomicFiles;

/**
 * Saves and loads an explained network: the DL4J zip (with the updater state, so training can
 * resume) and beside it a small JSON file with the {@link CnnInfo}. Writes go to a temporary file
 * first and replace the old one in one step, so an interrupted save never leaves a broken model.
 */
public final class CnnStore {

    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().create();

    private CnnStore() {
    }

    /** The JSON file that belongs to a model zip: {@code MODEL.json} beside {@code MODEL.zip}. */
    public static Path infoPath(Path zip) {
        String name = zip.getFileName().toString();
        String stem = name.endsWith(".zip") ? name.substring(0, name.length() - 4) : name;
        return zip.resolveSibling(stem + ".json");
    }

    /** Saves the network and returns its info with the fingerprint of what was saved. */
    public static ExplainedCnn save(ExplainedCnn cnn, Path zip) throws IOException {
        Path parent = zip.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        CnnInfo info = cnn.info().withFingerprint(Fingerprint.of(cnn.network()));
        AtomicFiles.write(zip, tmp -> ModelSerializer.writeModel(cnn.network(), tmp.toFile(), true));
        AtomicFiles.writeString(infoPath(zip), GSON.toJson(info));
        return new ExplainedCnn(cnn.network(), info);
    }

    public static ExplainedCnn load(Path zip) {
        CnnInfo info = check(zip);
        MultiLayerNetwork network = readNetwork(zip);
        CnnInfoCheck.checkAgainst(infoPath(zip), info, zip, outputs(network), ExplainedCnn.layerNames(network));
        return new ExplainedCnn(network, info);
    }

    private static int outputs(MultiLayerNetwork network) {
        return (int) network.getLayer(network.getnLayers() - 1).getParam("W").size(1);
    }

    /**
     * The model's description, after the cheap checks of its files: for a caller that would
     * otherwise find a mistyped model only after a long step (reading a large dataset).
     */
    public static CnnInfo check(Path zip) {
        // the zip named on the command line is what the user looks for, not the JSON beside it
        if (Files.isDirectory(zip)) {
            throw new ModelException(zip + ": is a folder, not a model zip");
        }
        if (!Files.exists(zip)) {
            throw new ModelException(zip + ": no such model zip");
        }
        return readInfo(zip);
    }

    public static CnnInfo readInfo(Path zip) {
        Path json = infoPath(zip);
        if (!Files.isRegularFile(json)) {
            throw new ModelException(json + ": missing; every model zip needs its JSON description beside it");
        }
        try {
            JsonElement tree = JsonParser.parseString(Files.readString(json, StandardCharsets.UTF_8));
            CnnInfoCheck.check(json, tree);
            return GSON.fromJson(tree, CnnInfo.class);
        } catch (IOException | JsonParseException e) {
            throw new ModelException(json + ": not a readable model description (" + (e instanceof JsonParseException j ? JsonProblem.reason(j) : e.getMessage()) + ")", e);
        }
    }

    private static MultiLayerNetwork readNetwork(Path zip) {
        if (!Files.isRegularFile(zip)) {
            throw new ModelException(zip + ": no such file");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.getEntry("configuration.json") == null || file.getEntry("coefficients.bin") == null) {
                throw new ModelException(zip + ": a zip file but not a DL4J model (no configuration.json"
                        + " and coefficients.bin)");
            }
        } catch (ZipException e) {
            throw new ModelException(zip + ": not a zip file or a truncated one (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ModelException(zip + ": cannot be read (" + e.getMessage() + ")", e);
        }
        try {
            return ModelSerializer.restoreMultiLayerNetwork(zip.toFile(), true);
        } catch (IOException | RuntimeException e) {
            throw new ModelException(zip + ": the DL4J model cannot be restored (" + e.getMessage() + ")", e);
        }
    }
}
