package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import xspace.engine.AtomicFiles;
import xspace.model.CnnStore;

/**
 * The modules a demo's assets ship: of each method and class, the version in use, with its
 * description and the pointer to it. A build that starts from earlier assets retrains some modules
 * into new versions while the earlier ones stay in its workspace; an install of the earlier assets
 * holds those already and a new install has no use for them, so they leave the assets.
 */
final class ShippedModules {

    private ShippedModules() {
    }

    /** Makes {@code target} hold the workspace's versions in use and nothing else. */
    static void copy(Workspace workspace, Path target) throws IOException {
        Files.createDirectories(target);
        Path source = workspace.modulesDir();
        Set<Path> shipped = new HashSet<>();
        for (ModuleVersion version : workspace.modules().all()) {
            if (!version.current()) {
                continue;
            }
            Path pointer = workspace.moduleLayout().currentFile(version.method(), version.classIndex());
            for (Path file : List.of(version.file(), CnnStore.infoPath(version.file()), pointer)) {
                if (Files.exists(file)) {
                    Path copy = target.resolve(source.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    AtomicFiles.copy(file, copy);
                    shipped.add(copy);
                }
            }
        }
        removeAllBut(target, shipped);
    }

    private static void removeAllBut(Path target, Set<Path> kept) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(target)) {
            files = walk.filter(Files::isRegularFile).filter(f -> !kept.contains(f)).toList();
        }
        for (Path file : files) {
            Files.delete(file);
        }
    }
}
