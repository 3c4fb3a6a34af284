package xspace.workspace.sharing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.Optional;
import xspace.engine.OutputFile;
import xspace.workspace.WorkspaceException;
import xspace.workspace.WorkspaceOutput;

/**
 * Decides whether a bundle may be written to a path: never among the workspace's own files
 * ({@link WorkspaceOutput}), and never over an existing file unless asked to, and then only an
 * older sharing bundle ({@link OutputFile}'s rule).
 */
final class ExportTarget {

    private ExportTarget() {
    }

    /**
     * The path to write to, links resolved, or a refusal naming the file and why.
     *
     * @param replace whether an existing sharing bundle may be replaced
     */
    static Path check(Path workspaceRoot, Path out, boolean replace) {
        Path target = WorkspaceOutput.check(workspaceRoot, out, "the bundle");
        OutputFile.refusal(target, replace, "sharing bundle", ExportTarget::notABundle,
                "to replace an older sharing bundle, use --force").ifPresent(refusal -> {
                    throw new WorkspaceException(refusal);
                });
        return target;
    }

    /** Why the file is not a sharing bundle, or empty if it is one (of any format version). */
    private static Optional<String> notABundle(Path file) {
        try {
            BundleZip.Contents contents = BundleZip.read(file);
            JsonElement manifest = JsonParser.parseString(contents.require(file, "manifest.json"));
            JsonElement format = manifest.isJsonObject() ? manifest.getAsJsonObject().get("format") : null;
            boolean bundle = format != null && format.isJsonPrimitive()
                    && BundleManifest.FORMAT.equals(format.getAsString());
            return bundle ? Optional.empty() : Optional.of("its manifest.json is not a bundle's");
        } catch (WorkspaceException e) {
            return Optional.of(e.getMessage().replace(file + ": ", ""));
        } catch (JsonParseException | IllegalStateException e) {
            return Optional.of("its manifest.json is not readable");
        }
    }
}
