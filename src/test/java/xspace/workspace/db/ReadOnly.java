package xspace.workspace.db;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Makes a file or folder read-only for a test and undoes it. Permission bits do not stop root,
 * so where they are not enough the immutable attribute ({@code chattr +i}) is used; where neither
 * works the test is skipped rather than passing without checking anything.
 */
final class ReadOnly implements AutoCloseable {

    private final Path path;
    private final Set<PosixFilePermission> original;
    private boolean immutable;

    private ReadOnly(Path path) throws IOException {
        this.path = path;
        this.original = Files.getPosixFilePermissions(path);
    }

    static ReadOnly make(Path path) throws IOException, InterruptedException {
        ReadOnly readOnly = new ReadOnly(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(
                Files.isDirectory(path) ? "r-xr-xr-x" : "r--r--r--"));
        if (Files.isWritable(path)) {
            readOnly.immutable = chattr("+i", path);
        }
        boolean readOnlyNow = !Files.isWritable(path);
        if (!readOnlyNow) {
            readOnly.close();
        }
        assumeTrue(readOnlyNow, "cannot make " + path + " read-only as this user");
        return readOnly;
    }

    private static boolean chattr(String flag, Path path) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder("chattr", flag, path.toString()).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (immutable) {
            chattr("-i", path);
        }
        Files.setPosixFilePermissions(path, original);
    }
}
