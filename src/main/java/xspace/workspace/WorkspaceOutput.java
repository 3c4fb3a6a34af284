package xspace.workspace;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import xspace.engine.OutputFile;

/**
 * Where a file written for others (a sharing bundle, a CSV of the names and votes) may go when the
 * user names the path: never among the workspace's own files, which only XSpace writes (its
 * database, descriptor, network, modules, caches), only outside the workspace or in its
 * {@value #EXPORTS}/ folder. Links and {@code ..} are resolved first ({@link OutputFile#real}), so
 * no spelling of a path, a link into the workspace included, slips through.
 */
public final class WorkspaceOutput {

    /** The one folder inside a workspace meant for files written for others. */
    public static final String EXPORTS = "exports";

    private WorkspaceOutput() {
    }

    /**
     * The path to write to, links resolved, or a refusal naming the file and why.
     *
     * @param what what would be written, as the refusal's advice names it ("the bundle")
     */
    public static Path check(Path workspaceRoot, Path out, String what) {
        Path target = real(out, what);
        Path root = real(workspaceRoot, what);
        if (target.equals(root)) {
            throw refused(out, target, "it is the workspace folder itself; write " + what + " to "
                    + root.resolve(EXPORTS) + " or outside the workspace");
        }
        if (target.startsWith(root) && !target.startsWith(root.resolve(EXPORTS))) {
            throw refused(out, target, "it is inside the workspace " + root + ", whose files (workspace.db, "
                    + "workspace.json, models/, cache/, …) only XSpace itself writes; write " + what + " to "
                    + root.resolve(EXPORTS) + " or outside the workspace");
        }
        return target;
    }

    /**
     * As {@link #check}, for a command not given a workspace: whether the path lies in one is found
     * by looking for a workspace at the path and in every folder above it.
     */
    public static Path checkOutsideAny(Path out, String what) {
        Path target = real(out, what);
        for (Path folder = target; folder != null; folder = folder.getParent()) {
            if (Workspace.isWorkspace(folder)) {
                return check(folder, out, what);
            }
        }
        return target;
    }

    private static Path real(Path path, String what) {
        try {
            return OutputFile.real(path);
        } catch (UncheckedIOException e) {
            // A link whose target is missing: where the bytes would land cannot be known.
            throw refused(path, path.toAbsolutePath().normalize(), "it is a link that cannot be followed ("
                    + e.getCause().getMessage() + ")");
        }
    }

    /** A refusal naming the path as given and, where links or {@code ..} made it another, where it leads. */
    private static WorkspaceException refused(Path out, Path target, String why) {
        String shown = out.toAbsolutePath().normalize().equals(target) ? out.toString() : out + " (" + target + ")";
        return new WorkspaceException(OutputFile.refused(shown, why));
    }
}
