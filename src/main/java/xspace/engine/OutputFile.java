package xspace.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
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
        refusal(out, replace, kind, file -> ofKind.test(file) ? Optional.empty() : Optional.of(""), howToReplace)
                .ifPresent(refusal -> {
                    throw new IllegalArgumentException(refusal);
                });
    }

    /**
     * The rule's refusal in words, if writing at {@code out} is refused, for a caller that throws
     * its own kind of exception: never onto a folder; a file of another kind never replaced (said
     * first, since {@code --force} would not help there); a file of the kind only when asked to.
     *
     * @param whyNotOfKind why an existing file is not of the kind ("" when there is nothing to add),
     *                     or empty when it is one
     */
    public static Optional<String> refusal(Path out, boolean replace, String kind,
            Function<Path, Optional<String>> whyNotOfKind, String howToReplace) {
        if (Files.isDirectory(out)) {
            return Optional.of(refused(out, "it is a folder; expected the path of the " + kind + " to write"));
        }
        if (!Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<String> notOfKind = whyNotOfKind.apply(out);
        if (notOfKind.isPresent()) {
            String why = notOfKind.get().isEmpty() ? "" : " (" + notOfKind.get() + ")";
            return Optional.of(refused(out, "the file exists and is not " + withArticle(kind) + why
                    + ", so it is never replaced, not even with --force"));
        }
        return replace ? Optional.empty() : Optional.of(refused(out, "the file exists (" + howToReplace + ")"));
    }

    /**
     * The same rule for a command that writes several files into a folder the user names: the
     * files an earlier run left there under the names this run writes are replaced only when asked
     * ({@code --force}); the refusal names a few of them so the user sees what would be lost.
     *
     * @param names the files this run writes in {@code folder}
     * @param kind  what they are, as the messages name them ("rows of a module")
     * @throws IllegalArgumentException naming the folder, the earlier files and what to add
     */
    public static void requireNoEarlier(Path folder, List<String> names, boolean replace, String kind) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IllegalArgumentException(refused(folder, "it is a file; expected the folder to write the "
                    + kind + " in"));
        }
        List<String> there = names.stream().filter(n -> Files.exists(folder.resolve(n), LinkOption.NOFOLLOW_LINKS))
                .toList();
        if (replace || there.isEmpty()) {
            return;
        }
        String shown = String.join(", ", there.subList(0, Math.min(3, there.size())))
                + (there.size() > 3 ? " and " + (there.size() - 3) + " more" : "");
        throw new IllegalArgumentException(refused(folder, "it holds the " + kind + " of an earlier run (" + shown
                + "); to replace them, use --force"));
    }

    /** A refusal in the rule's words: the path, why, and that nothing was written. */
    public static String refused(Object path, String why) {
        return "not writing " + path + ": " + why + "; nothing was written";
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
}
