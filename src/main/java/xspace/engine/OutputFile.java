package xspace.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether a command may write its file at a path the user typed: never onto a folder, never over an
 * existing file unless the user asked to replace it ({@code --force}), and even then only over a
 * file of the kind the command writes. A mistyped path (a dataset's {@code images.txt}, a model)
 * must never cost the user a file the command did not make.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /**
     * @param kind    what the command writes, as the messages name it ("contact sheet (PNG)")
     * @param ofKind  whether an existing file is one of those, and so may be replaced when asked to
     * @throws IllegalArgumentException naming the file and why nothing was written
     */
    public static void requireWritable(Path out, boolean replace, String kind, Predicate<Path> ofKind) {
        requireWritable(out, replace, kind, ofKind, "to replace an earlier " + kind + ", use --force");
    }

    /**
     * As {@link #requireWritable(Path, boolean, String, Predicate)}, for a command whose user may
     * not expect its file to be there already, and is told in {@code howToReplace} what to add.
     */
    public static void requireWritable(Path out, boolean replace, String kind, Predicate<Path> ofKind,
            String howToReplace) {
        obstacle(out, replace, ofKind).ifPresent(obstacle -> {
            throw refused(out, switch (obstacle) {
                case FOLDER -> "it is a folder; expected the path of the " + kind + " to write";
                case FILE_OF_ANOTHER_KIND -> "the file exists and is not " + withArticle(kind)
                        + ", so it is never replaced, not even with --force";
                case EXISTING_FILE -> "the file exists (" + howToReplace + ")";
            });
        });
    }

    /** What keeps a command from writing its file at a path. */
    public enum Obstacle {
        /** A folder is there. */
        FOLDER,
        /** A file is there that the command does not write, which it never replaces. */
        FILE_OF_ANOTHER_KIND,
        /** A file of the command's kind is there, and replacing it was not asked for. */
        EXISTING_FILE
    }

    /**
     * The rule of {@link #requireWritable} without its words, for a caller that words its refusals
     * its own way: what stands in the way of writing at {@code out}, if anything.
     */
    public static Optional<Obstacle> obstacle(Path out, boolean replace, Predicate<Path> ofKind) {
        if (Files.isDirectory(out)) {
            return Optional.of(Obstacle.FOLDER);
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        // A file of another kind is said to be one first: --force would not help there.
        if (!ofKind.test(out)) {
            return Optional.of(Obstacle.FILE_OF_ANOTHER_KIND);
        }
        return replace ? Optional.empty() : Optional.of(Obstacle.EXISTING_FILE);
    }

    private static String withArticle(String kind) {
        return ("aeiou".indexOf(Character.toLowerCase(kind.charAt(0))) >= 0 ? "an " : "a ") + kind;
    }

    /**
     * The absolute path as the file system resolves it: links followed, {@code .} and {@code ..}
     * gone, so that no spelling of a path slips past a check of where it lands.
     *
     * @throws UncheckedIOException for a link that cannot be followed
     */
    public static Path real(Path path) {
        Path existing = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        try {
            Path real = existing.toRealPath();
            for (Path name : missing) {
                real = real.resolve(name.toString());
            }
            return real.normalize();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IllegalArgumentException refused(Path out, String why) {
        return new IllegalArgumentException("not writing " + out + ": " + why + "; nothing was written");
    }
}
