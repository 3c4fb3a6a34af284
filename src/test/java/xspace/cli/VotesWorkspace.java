package xspace.cli;

import com.google.gson.Gson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import xspace.model.CnnInfo;
import xspace.model.CnnStore;
import xspace.model.InputLayout;
import xspace.model.Normalisation;
import xspace.workspace.Workspace;
import xspace.workspace.WorkspaceDescriptor;

/** A workspace folder with the files {@code xspace votes} reads; the network's weights are not needed. */
final class VotesWorkspace {

    /** The fingerprint of the one module version these workspaces have, and its id. */
    static final String MODULE_FINGERPRINT = "0123456789abcdef";
    static final String MODULE = "srae-class-001@" + MODULE_FINGERPRINT;

    private VotesWorkspace() {
    }

    /** Writes {@code dir/name} with its descriptor and the network's description of the given fingerprint. */
    static Path create(Path dir, String name, String fingerprint) throws Exception {
        Path root = Files.createDirectories(dir.resolve(name).resolve("models"));
        Gson gson = new Gson();
        Path cnn = dir.resolve(name).resolve("models/cnn.zip");
        Files.writeString(CnnStore.infoPath(cnn), gson.toJson(new CnnInfo(List.of("a", "b"), 16, InputLayout.NCHW,
                Normalisation.UNIT, "fc6", "test", fingerprint)));
        Files.writeString(root.resolveSibling(Workspace.DESCRIPTOR), gson.toJson(new WorkspaceDescriptor(
                WorkspaceDescriptor.VERSION, dir.resolve("data").toString(), "models/cnn.zip", "fc6", "now")));
        module(root.resolve("modules/srae/class-001@" + MODULE_FINGERPRINT + ".zip"), fingerprint, MODULE_FINGERPRINT);
        return root.getParent();
    }

    /** Adds another version of the class's module (another training: other weights, another fingerprint); its id. */
    static String addVersion(Path workspace, String cnnFingerprint, String moduleFingerprint) throws Exception {
        module(workspace.resolve("models/modules/srae/class-001@" + moduleFingerprint + ".zip"), cnnFingerprint,
                moduleFingerprint);
        return "srae-class-001@" + moduleFingerprint;
    }

    /** An explanation module version as the import sees it: its description (class 1, five x-features) beside a zip. */
    private static void module(Path zip, String cnnFingerprint, String moduleFingerprint) throws Exception {
        Files.createDirectories(zip.getParent());
        Files.write(zip, new byte[0]);
        Files.writeString(CnnStore.infoPath(zip), "{\"id\": \"srae-class-001\", \"method\": \"SRAE\","
                + " \"classIndex\": 1, \"shape\": {\"zSize\": 16, \"hidden1\": 20, \"hidden2\": 10, \"n\": 5},"
                + " \"cnnFingerprint\": \"" + cnnFingerprint + "\", \"zLayer\": \"fc6\","
                + " \"fingerprint\": \"" + moduleFingerprint + "\"}");
    }
}
