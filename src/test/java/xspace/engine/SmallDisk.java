package xspace.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real file system of a few hundred kilobytes (tmpfs) mounted on a test folder, so that a full
 * disk is the operating system's own "No space left on device". Mounting needs root; elsewhere
 * {@link #mount} gives nothing and the test is skipped.
 */
public final class SmallDisk implements AutoCloseable {

    private final Path root;

    private SmallDisk(Path root) {
        this.root = root;
    }

    public static Optional<SmallDisk> mount(Path folder, int kilobytes) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        if (!System.getProperty("os.name").toLowerCase(java.util.Locale.ROOT).contains("linux")) {
            return Optional.empty();
        }
        return run("mount", "-t", "tmpfs", "-o", "size=" + kilobytes + "k", "tmpfs", folder.toString())
                ? Optional.of(new SmallDisk(folder)) : Optional.empty();
    }

    public Path root() {
        return root;
    }

    /** Fills the disk up to {@code leftBytes} free (tmpfs counts whole pages, so roughly). */
    public void fillLeaving(long leftBytes) throws IOException {
        long free = Files.getFileStore(root).getUsableSpace();
        Path filler = root.resolve("filler-" + System.nanoTime());
        try (var out = Files.newOutputStream(filler)) {
            byte[] block = new byte[4096];
            for (long written = 0; written + block.length <= free - leftBytes; written += block.length) {
                out.write(block);
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("umount", "-l", root.toString());
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        }
    }
}
