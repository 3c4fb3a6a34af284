package xspace.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Copying and measuring folder trees. */
final class Folders {

    private Folders() {
    }

    /**
     * Copies every file under {@code from} to the same relative place under {@code to}. Files being
     * written meanwhile (hidden temporaries, renamed away while the tree is read) are left out:
     * another job may be saving into the tree.
     */
    static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from)) {
            return;
        }
        try (var files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                try {
                    Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                } catch (java.nio.file.NoSuchFileException vanished) {
                    // Renamed or removed since the walk saw it: the next copy takes its successor.
                }
            }
        }
    }

    static long size(Path root) throws IOException {
        try (var files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
