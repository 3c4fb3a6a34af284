package xspace.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The {@code images/} folder of a dataset. An image path may name a link, but what it finally
 * points to must be a regular file inside this folder: a dataset must not make XSpace read
 * {@code /dev/urandom}, block on a named pipe, or show files from elsewhere on the disk. The
 * folder itself may be a link (a dataset whose images lie on another disk).
 */
final class ImageFolder {

    private final Path dir;
    private final Path real;

    ImageFolder(Path dir) {
        this.dir = dir;
        this.real = realPath(dir);
    }

    Path resolve(String relative) {
        return dir.resolve(relative);
    }

    /**
     * Why the image at {@code relative} cannot be read, or null when it is a regular file inside
     * the folder or does not exist at all (a missing file is reported by the caller).
     *
     * @param name how the problem names the file
     */
    DatasetProblem problem(String relative, String name) {
        Path file = resolve(relative);
        String irregular = FileKind.irregular(file);
        if (irregular != null) {
            return new DatasetProblem(name, 0, irregular);
        }
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            return null;
        }
        if (target.startsWith(real)) {
            return null;
        }
        return new DatasetProblem(name, 0, "leads to " + Echo.plain(target.toString())
                + ", outside the dataset's images/ folder; links must stay inside it");
    }

    /** The image file, or a {@link DatasetException} when {@link #problem} finds one. */
    Path require(String relative, String name) {
        DatasetProblem problem = problem(relative, name);
        if (problem != null) {
            throw new DatasetException(problem);
        }
        return resolve(relative);
    }

    private static Path realPath(Path dir) {
        try {
            return dir.toRealPath();
        } catch (IOException e) {
            return dir.toAbsolutePath().normalize();
        }
    }
}
