package xspace.workspace.sharing;

import java.nio.file.Path;
import xspace.workspace.WorkspaceException;

/** One entry of a bundle being read, so that every refusal names the bundle, the entry and the place in it. */
record BundleEntry(Path zip, String name) {

    WorkspaceException problem(String what) {
        return new WorkspaceException(Shown.path(zip) + ": " + name + ": " + what);
    }

    WorkspaceException problem(int line, String what) {
        return problem("line " + line, what);
    }

    /** A refusal at a place such as "line 4" or "item 2". */
    WorkspaceException problem(String where, String what) {
        return new WorkspaceException(Shown.path(zip) + ": " + name + " " + where + ": " + what);
    }
}
