package xspace.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import xspace.explain.ModuleInfo;
import xspace.workspace.ModuleLayout;
import xspace.workspace.ModuleVersion;
import xspace.workspace.Workspace;

/**
 * What to tell a person whose bundle holds entries of a module version this workspace lacks: the
 * current version here of the same method and class, which {@code --map} could merge them onto,
 * and where the version's own file would go.
 *
 * @param current the current version's id by module id ({@code srae-class-012})
 */
record MappingHint(Map<String, String> current, ModuleLayout layout) {

    static MappingHint of(Workspace workspace) {
        Map<String, String> current = new TreeMap<>();
        for (ModuleVersion v : workspace.modules().all()) {
            if (v.current()) {
                current.put(v.info().moduleId(), v.id());
            }
        }
        return new MappingHint(current, workspace.moduleLayout());
    }

    /** The current version here of the bundle's module's method and class, if there is one. */
    Optional<String> currentFor(String bundleModuleId) {
        return Optional.ofNullable(current.get(ModuleInfo.moduleIdOf(bundleModuleId)));
    }

    /** Where the bundle's module version's file would go here. */
    Optional<Path> fileFor(String bundleModuleId) {
        return layout.fileOf(bundleModuleId);
    }
}
