package xspace.workspace;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import xspace.engine.OutputFile;

/**
 * The folder a new workspace is created in. Creation writes {@code models/cnn.zip} and more, so it
 * takes only an empty or new folder, or one a creation of its own left unfinished; never a folder
 * with the user's files in it, and never the dataset or a folder inside it. A creation marks the
 * folder first ({@value #MARKER}) and removes the mark last, so that an interrupted one is told
 * from a folder that merely looks like it.
 */
final class NewWorkspaceFolder {

    /** Present while a creation is under way, and after one that was interrupted. */
    static final String MARKER = ".creating";

    private NewWorkspaceFolder() {
    }

    /** Why {@code folder} cannot become a workspace of {@code dataset} (null: not known yet), if it cannot. */
    static Optional<String> problem(Path folder, Path dataset) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            return Optional.of(folder + " is a file, not a folder");
        }
        // Only a dataset is kept out of; a folder picked by mistake is the dataset field's problem.
        if (dataset != null && Files.isRegularFile(dataset.resolve("images.txt"))) {
            try {
                Path real = OutputFile.real(folder);
                Path data = OutputFile.real(dataset);
                if (real.startsWith(data)) {
                    return Optional.of(folder + (real.equals(data) ? " is the dataset folder itself" : " is inside"
                            + " the dataset folder " + dataset) + ": a workspace goes beside its dataset, never into it");
                }
            } catch (java.io.UncheckedIOException e) {
                return Optional.of(folder + " cannot be resolved (" + e.getCause().getMessage() + ")");
            }
        }
        if (Files.isDirectory(folder) && !isEmpty(folder) && !unfinished(folder)) {
            return Optional.of(notEmpty(folder));
        }
        return Optional.empty();
    }

    /** The refusal of a folder with files in it, saying what it holds when an earlier creation may have left it. */
    private static String notEmpty(Path folder) {
        String refusal = folder + " is not empty: choose an empty or new folder";
        return EarlierCreationLeftovers.in(folder).map(entries -> refusal + ", or, as it holds only what a"
                + " creation of an earlier XSpace writes before its " + Workspace.DESCRIPTOR + " (" + String.join(", ",
                entries) + "), remove it if that creation was interrupted and create the workspace again"
                + " (nothing in it was changed)").orElse(refusal + " (nothing in it was changed)");
    }

    /** Refuses the folder as {@link #problem} says. */
    static void check(Path folder, Path dataset) {
        problem(folder, dataset).ifPresent(why -> {
            throw new WorkspaceException(why);
        });
    }

    /** Checks the folder, creates it if need be and marks the creation as under way. */
    static void claim(Path folder, Path dataset) throws IOException {
        check(folder, dataset);
        xspace.engine.FileErrors.createDirectories(folder);
        try {
            // an empty file created in one step: a kill can leave no half-written mark
            Files.createFile(folder.resolve(MARKER));
        } catch (FileAlreadyExistsException e) {
            // an earlier creation that was interrupted: this one finishes it
        }
    }

    /** The creation is complete: the folder is a workspace now. */
    static void finish(Path folder) throws IOException {
        Files.deleteIfExists(folder.resolve(MARKER));
    }

    /**
     * Left by a creation that did not finish: marked by this version, or with the empty
     * {@code workspace.json} that earlier versions wrote first (its names and votes are kept), or
     * holding only the empty folders an earlier version wrote first (no file can be lost).
     */
    private static boolean unfinished(Path folder) {
        Path descriptor = folder.resolve(Workspace.DESCRIPTOR);
        try {
            return Files.exists(folder.resolve(MARKER))
                    || Files.isRegularFile(descriptor) && Files.size(descriptor) == 0
                    || EarlierCreationLeftovers.holdsNoFile(folder);
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }
}
