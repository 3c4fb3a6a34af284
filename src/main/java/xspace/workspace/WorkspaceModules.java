package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import xspace.explain.ExplanationMethod;
import xspace.explain.ModuleInfo;
import xspace.explain.ModuleStore;
import xspace.workspace.sharing.WorkspaceModule;

/**
 * The explanation modules a workspace holds ({@code models/modules/METHOD/class-NNN.zip}, each with
 * its JSON description), as sharing sees them: id, class and number of x-features. Only the
 * descriptions are read, never the networks.
 */
public final class WorkspaceModules {

    private static final Pattern FILE = Pattern.compile("class-\\d+\\.zip");

    private WorkspaceModules() {
    }

    public static List<WorkspaceModule> of(Workspace workspace) {
        List<WorkspaceModule> modules = new ArrayList<>();
        for (ExplanationMethod method : ExplanationMethod.values()) {
            Path folder = workspace.modulesDir().resolve(method.name().toLowerCase(Locale.ROOT));
            if (Files.isDirectory(folder)) {
                modules.addAll(inFolder(folder));
            }
        }
        return modules;
    }

    private static List<WorkspaceModule> inFolder(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> FILE.matcher(f.getFileName().toString()).matches()).sorted()
                    .map(WorkspaceModules::module).toList();
        } catch (IOException e) {
            throw new WorkspaceException(folder + ": cannot be listed (" + e.getMessage() + ")", e);
        }
    }

    private static WorkspaceModule module(Path zip) {
        ModuleInfo info = ModuleStore.readInfo(zip);
        String id = info.id() != null ? info.id() : ModuleInfo.idOf(info.method(), info.classIndex());
        // A module's own fingerprint is not recorded yet; unknown, so no bundle entry is skipped for it.
        return new WorkspaceModule(id, info.classIndex(), info.n(), null);
    }
}
