package xspace.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What an interrupted creation of an earlier release may have left: those marked nothing and wrote
 * {@code models/}, {@code cache/}, {@code exports/} and the network's copy before
 * {@code workspace.json}, training a network first in {@code cnn.checkpoints/} when asked. A user's
 * folder can hold the same names, so one with files in it is never taken, only described; one with
 * nothing but those empty folders has no file to lose, and is taken.
 */
final class EarlierCreationLeftovers {

    private static final Set<String> FOLDERS = Set.of("models", "cache", "exports", "cnn.checkpoints");
    private static final Set<String> FILES = Set.of("models/cnn.zip", "models/cnn.json", "network-to-copy.zip",
            "network-to-copy.json", "cnn.checkpoints/last.zip", "cnn.checkpoints/best.zip",
            "cnn.checkpoints/state.json");
    /** More entries than a creation writes: not its leftovers, and not worth walking further. */
    private static final int MOST = 32;

    private EarlierCreationLeftovers() {
    }

    /**
     * The folder's content, as paths relative to it (folders ending in a slash), when it holds only
     * what an earlier creation writes; empty when it holds anything else.
     */
    static Optional<List<String>> in(Path folder) {
        List<String> entries = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(folder).skip(1).limit(MOST + 1)) {
            for (Path path : (Iterable<Path>) walk::iterator) {
                if (Files.isSymbolicLink(path)) {
                    // A creation writes no links; a user's link leads to files the workspace would write over.
                    return Optional.empty();
                }
                String relative = folder.relativize(path).toString().replace('\\', '/');
                boolean directory = Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS);
                if (!(directory ? FOLDERS.contains(relative) : isCreationFile(relative))) {
                    return Optional.empty();
                }
                entries.add(directory ? relative + "/" : relative);
            }
        } catch (IOException | UncheckedIOException e) {
            return Optional.empty();
        }
        return entries.size() > MOST ? Optional.empty() : Optional.of(entries.stream().sorted().toList());
    }

    /** Whether the folder holds only empty folders an earlier creation writes: there is no file to lose. */
    static boolean holdsNoFile(Path folder) {
        return in(folder).filter(entries -> entries.stream().allMatch(e -> e.endsWith("/"))).isPresent();
    }

    /** A file a creation writes, or the temporary file it writes it through (.NAME.UUID.tmp). */
    private static boolean isCreationFile(String relative) {
        int slash = relative.lastIndexOf('/');
        String name = relative.substring(slash + 1);
        boolean inPlace = slash < 0 || FOLDERS.contains(relative.substring(0, slash));
        return FILES.contains(relative) || inPlace && name.startsWith(".") && name.endsWith(".tmp");
    }
}
