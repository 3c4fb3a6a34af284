package xspace.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
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
        if (Files.isDirectory(out)) {
            throw refused(out, "it is a folder; expected the path of the " + kind + " to write");
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        // A file of another kind is said to be one first: --force would not help there.
        if (!ofKind.test(out)) {
            throw refused(out, "the file exists and is not " + withArticle(kind) + ", so it is never replaced, not even"
                    + " with --force");
        }
        if (!replace) {
            throw refused(out, "the file exists (" + howToReplace + ")");
        }
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
