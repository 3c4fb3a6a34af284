package xspace.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import xspace.workspace.ModuleLayout;
import xspace.workspace.ModuleVersion;
import xspace.workspace.Workspace;

/**
 * What to tell a person whose bundle holds entries of a module version this workspace lacks. Its
 * entries belong to that version alone (an x-feature index means nothing on another), so the way
 * to them is the version's own file and then, for names, {@code explain carry-names}, which pairs
 * x-features by measured correlation and keeps where each carried name came from.
 *
 * @param root    the workspace folder, as the commands to run should name it
 * @param current the module ids ({@code srae-class-012}) that have a current version here, which
 *                carry-names carries onto by default
 */
record LeftOutHint(Path root, Set<String> current, ModuleLayout layout) {

    static LeftOutHint of(Workspace workspace) {
        Set<String> current = new TreeSet<>();
        for (ModuleVersion v : workspace.modules().all()) {
            if (v.current()) {
                current.add(v.info().moduleId());
            }
        }
        return new LeftOutHint(workspace.root(), current, workspace.moduleLayout());
    }

    /** Where the bundle's module version's file would go here; empty for an id of another form. */
    Optional<Path> fileFor(String bundleModuleId) {
        return layout.fileOf(bundleModuleId);
    }

    /**
     * The carry-names command that, once the version's file is here and the bundle imported again,
     * carries its names onto the current version of its class; empty where there is none.
     */
    Optional<String> carryNamesFor(String bundleModuleId) {
        return ModuleLayout.slotOf(bundleModuleId)
                .filter(slot -> current.contains(xspace.explain.ModuleInfo.moduleIdOf(bundleModuleId)))
                .map(slot -> "xspace explain carry-names --workspace " + root + " --class " + slot.classIndex()
                        + " --method " + slot.method().name().toLowerCase(Locale.ROOT) + " --from " + bundleModuleId);
    }
}
