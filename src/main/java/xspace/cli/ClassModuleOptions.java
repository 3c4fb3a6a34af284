package xspace.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import xspace.explain.ExplanationMethod;
import xspace.workspace.Workspace;

/** The workspace, class and method whose module versions a command works on. */
final class ClassModuleOptions {

    @Option(names = "--workspace", required = true, description = "Workspace folder.")
    Path workspace;

    @Option(names = "--class", required = true, converter = Ranges.NonNegative.class, description = "The class (0-based).")
    int classIndex;

    @Option(names = "--method", defaultValue = "srae", description = "srae, nn or sae (default: ${DEFAULT-VALUE}).")
    String method;

    /** The workspace opened, once the class is known to exist in its network. */
    Workspace open() {
        Workspace opened = Workspace.open(workspace);
        ClassRange.check("--class " + classIndex, classIndex, opened);
        return opened;
    }

    ExplanationMethod method() {
        return ExplanationMethod.parse(method);
    }
}
