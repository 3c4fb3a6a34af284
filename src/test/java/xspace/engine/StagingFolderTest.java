package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Staging folders left by killed runs go at the next run for the same output; one in use stays. */
class StagingFolderTest {

    @TempDir
    Path dir;

    @Test
    void aFinishedRunLeavesNothingBeside() throws Exception {
        Path out = dir.resolve("report");
        try (StagingFolder staging = StagingFolder.beside(out)) {
            assertThat(staging.path()).isDirectory().hasParent(dir);
            assertThat(staging.path().getFileName().toString()).startsWith(".report.partial-");
            Files.writeString(staging.path().resolve("page.html"), "x");
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void aKilledRunsFolderGoesAtTheNextRun() throws Exception {
        Path out = dir.resolve("report");
        Path withoutLock = Files.createDirectories(dir.resolve(".report.partial-earlier"));
        Files.writeString(withoutLock.resolve("image-1.png"), "x");
        Path unheld = Files.createDirectories(dir.resolve(".report.partial-killed"));
        Files.writeString(dir.resolve(".report.partial-killed.lock"), "");
        Path other = Files.createDirectories(dir.resolve(".other.partial-killed"));
        Path mine = Files.createDirectories(dir.resolve("notes"));

        try (StagingFolder staging = StagingFolder.beside(out)) {
            assertThat(withoutLock).doesNotExist();
            assertThat(unheld).doesNotExist();
            assertThat(dir.resolve(".report.partial-killed.lock")).doesNotExist();
            assertThat(other).as("another output's").exists();
            assertThat(mine).exists();
        }
    }

    @Test
    void aFolderInUseInThisProcessStays() throws Exception {
        Path out = dir.resolve("data");
        try (StagingFolder first = StagingFolder.beside(out); StagingFolder second = StagingFolder.beside(out)) {
            assertThat(first.path()).isDirectory();
            assertThat(second.path()).isDirectory().isNotEqualTo(first.path());
        }
        assertThat(names()).isEmpty();
    }

    /** The lock another process holds keeps its folder, as a second run started beside a long one. */
    @Test
    void aFolderInUseByAnotherProcessStays() throws Exception {
        Path busy = Files.createDirectories(dir.resolve(".data.partial-busy"));
        Path lock = Files.writeString(dir.resolve(".data.partial-busy.lock"), "");
        Path holder = Files.writeString(dir.resolve("Holder.java"), """
                import java.nio.channels.FileChannel;
                import java.nio.file.*;
                public class Holder {
                    public static void main(String[] args) throws Exception {
                        try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
                            channel.lock();
                            System.out.println("locked");
                            System.out.flush();
                            System.in.read();
                        }
                    }
                }
                """);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, holder.toString(), lock.toString()).redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(out.readLine()).isEqualTo("locked");
            try (StagingFolder staging = StagingFolder.beside(dir.resolve("data"))) {
                assertThat(busy).exists();
                assertThat(lock).exists();
            }
        } finally {
            process.getOutputStream().close();
            process.waitFor(30, TimeUnit.SECONDS);
            process.destroyForcibly();
        }
        try (StagingFolder staging = StagingFolder.beside(dir.resolve("data"))) {
            assertThat(busy).as("its process has ended").doesNotExist();
        }
    }

    private java.util.List<String> names() throws Exception {
        try (var entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).filter(n -> !n.equals("Holder.java")).toList();
        }
    }
}
