package xspace.engine;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether an export's folder takes new files, checked before anything is computed or written. A
 * folder that refuses them fails deep inside the writers with their own words (ImageIO's "Can't
 * create an ImageOutputStream!", or a bare path for a folder that cannot be made), which tell the
 * user nothing they can act on. Call off the FX thread: it creates and removes a file.
 */
public final class ExportFolder {

    private ExportFolder() {
    }

    /**
     * An export refused before anything was written: the choice of folder, not a fault of the
     * application, so it is reported in words without a stack trace.
     */
    public static final class Refused extends IOException {
        Refused(String message) {
            super(message);
        }
    }

    /** @throws Refused naming {@code target} and why its {@code folder} cannot take it */
    public static void require(Path folder, Path target) throws Refused {
        Optional<String> why = why(folder);
        if (why.isPresent()) {
            throw new Refused(OutputFile.refused(target, why.get()));
        }
    }

    static Optional<String> why(Path folder) {
        if (!Files.exists(folder)) {
            return Optional.of("the folder " + folder + " does not exist");
        }
        if (!Files.isDirectory(folder)) {
            return Optional.of(folder + " is a file, not a folder");
        }
        // Asking for write permission is not enough: root may write anywhere by the permissions,
        // and still no file can be made in /proc or on a read-only disk. So a file is made.
        try {
            Files.delete(Files.createTempFile(folder, ".xspace-", ".probe"));
            return Optional.empty();
        } catch (AccessDeniedException e) {
            return Optional.of("the folder " + folder + " cannot be written to (permission denied)");
        } catch (FileSystemException e) {
            return Optional.of("the folder " + folder + " cannot be written to"
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        } catch (IOException e) {
            return Optional.of("the folder " + folder + " cannot be written to (" + e.getMessage() + ")");
        }
    }
}
