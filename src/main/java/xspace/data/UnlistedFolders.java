package xspace.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Folders of {@code images/} that {@code images.txt} never names: a species copied in but never
 * added to the tables. No command reads them, so a user who expects them in the dataset must be
 * told; they are not problems of the dataset (it reads as it did), only files it leaves out.
 */
public final class UnlistedFolders {

    private UnlistedFolders() {
    }

    /**
     * The unlisted folders (as {@code images/NAME}) with the number of files each holds, in name
     * order. A folder holding any image the dataset lists or misses on disk counts as listed.
     */
    public static Map<String, Integer> of(CubDataset dataset) {
        Set<String> listed = new HashSet<>();
        dataset.images().forEach(image -> listed.add(firstFolder(image.relativePath())));
        dataset.missingImages().forEach(path -> listed.add(firstFolder(path)));
        Map<String, Integer> unlisted = new LinkedHashMap<>();
        try (Stream<Path> entries = Files.list(dataset.root().resolve("images"))) {
            entries.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted()
                    .filter(name -> !listed.contains(name) && !name.startsWith("."))
                    .forEach(name -> unlisted.put("images/" + name, fileCount(dataset.root().resolve("images")
                            .resolve(name))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return unlisted;
    }

    private static String firstFolder(String relativePath) {
        Path path = Path.of(relativePath).normalize();
        return path.getNameCount() > 1 ? path.getName(0).toString() : "";
    }

    private static int fileCount(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return (int) files.filter(Files::isRegularFile).count();
        } catch (IOException e) {
            return 0; // an unreadable folder is still named; its count is not what the user needs
        }
    }
}
