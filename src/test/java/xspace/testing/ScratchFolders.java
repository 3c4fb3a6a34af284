package xspace.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Temporary folders of the application tests, removed when the test JVM exits: JUnit's
 * {@code @TempDir} cannot serve a workspace shared by every test class of a run.
 */
public final class ScratchFolders {

    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ScratchFolders::removeAll, "remove scratch folders"));
    }

    private ScratchFolders() {
    }

    public static synchronized Path create(String prefix) throws IOException {
        Path dir = Files.createTempDirectory(prefix);
        CREATED.add(dir);
        return dir;
    }

    private static synchronized void removeAll() {
        for (Path dir : CREATED) {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(ScratchFolders::delete);
            } catch (IOException | UncheckedIOException e) {
                // A folder left behind in the system's temporary area is harmless.
            }
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
