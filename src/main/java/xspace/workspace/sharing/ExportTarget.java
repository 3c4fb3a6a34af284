package xspace.workspace.sharing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import xspace.engine.OutputFile;
import xspace.workspace.WorkspaceException;

/**
 * Decides whether a bundle may be written to a path. A bundle never lands on a file the workspace
 * owns (its database, descriptor, network, modules, caches: anything in the workspace folder but
 * {@code exports/}), and never replaces an existing file unless asked to, and then only an older
 * sharing bundle. Links and {@code ..} are resolved first, so no spelling of a path slips through.
 */
final class ExportTarget {

    /** The one folder inside a workspace meant for files written for others. */
    static final String EXPORTS = "exports";

    private ExportTarget() {
    }

    /**
     * The path to write to, links resolved, or a refusal naming the file and why.
     *
     * @param replace whether an existing sharing bundle may be replaced
     */
    static Path check(Path workspaceRoot, Path out, boolean replace) {
        Path target = real(out);
        Path root = real(workspaceRoot);
        if (target.equals(root)) {
            throw refused(out, target, "it is the workspace folder itself");
        }
        if (target.startsWith(root) && !target.startsWith(root.resolve(EXPORTS))) {
            throw refused(out, target, "it is inside the workspace " + root + ", whose files (workspace.db, "
                    + "workspace.json, models/, cache/, …) only XSpace itself writes; write bundles to "
                    + root.resolve(EXPORTS) + " or outside the workspace");
        }
        OutputFile.obstacle(target, replace, file -> notABundle(file) == null).ifPresent(obstacle -> {
            throw refused(out, target, switch (obstacle) {
                case FOLDER -> "it is a folder";
                case FILE_OF_ANOTHER_KIND -> "the file exists and is not an XSpace sharing bundle ("
                        + notABundle(target) + "), so it is never replaced, not even with --force";
                case EXISTING_FILE -> "the file exists (to replace an older sharing bundle, use --force)";
            });
        });
        return target;
    }

    /** Why the file is not a sharing bundle, or null if it is one (of any format version). */
    private static String notABundle(Path file) {
        try {
            BundleZip.Contents contents = BundleZip.read(file);
            JsonElement manifest = JsonParser.parseString(contents.require(file, "manifest.json"));
            JsonElement format = manifest.isJsonObject() ? manifest.getAsJsonObject().get("format") : null;
            boolean bundle = format != null && format.isJsonPrimitive()
                    && BundleManifest.FORMAT.equals(format.getAsString());
            return bundle ? null : "its manifest.json is not a bundle's";
        } catch (WorkspaceException e) {
            return e.getMessage().replace(file + ": ", "");
        } catch (JsonParseException | IllegalStateException e) {
            return "its manifest.json is not readable";
        }
    }

    /** The absolute path as the file system resolves it ({@link OutputFile#real}). */
    static Path real(Path path) {
        try {
            return OutputFile.real(path);
        } catch (UncheckedIOException e) {
            // A link whose target is missing: where the bytes would land cannot be known.
            throw refused(path, path.toAbsolutePath().normalize(), "it is a link that cannot be followed ("
                    + e.getCause().getMessage() + ")");
        }
    }

    private static WorkspaceException refused(Path out, Path target, String why) {
        String shown = out.toAbsolutePath().normalize().equals(target) ? out.toString() : out + " (" + target + ")";
        return new WorkspaceException("refusing to write the bundle to " + shown + ": " + why
                + "; nothing was written");
    }
}
