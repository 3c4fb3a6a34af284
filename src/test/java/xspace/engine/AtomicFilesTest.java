package xspace.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aWriterThatFailsHalfwayLeavesTheOldFileAndNoTemporary() throws Exception {
        Path file = dir.resolve("description.json");
        AtomicFiles.writeString(file, "old and complete");
        assertThatThrownBy(() -> AtomicFiles.write(file, tmp -> {
            Files.writeString(tmp, "new but trunc");
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessageStartingWith(file.toString())
                .hasMessageContaining("the disk is full");
        assertThat(Files.readString(file)).isEqualTo("old and complete");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void aFullDiskLeavesTheOldFileWholeAndSaysSo() throws Exception {
        Optional<SmallDisk> mounted = SmallDisk.mount(dir.resolve("disk"), 256);
        assumeTrue(mounted.isPresent(), "needs root to mount a small tmpfs");
        try (SmallDisk disk = mounted.get()) {
            Path file = disk.root().resolve("workspace.json");
            AtomicFiles.writeString(file, "{\"version\": 1}");
            disk.fillLeaving(8 * 1024);
            String large = "x".repeat(64 * 1024);
            assertThatThrownBy(() -> AtomicFiles.writeString(file, large)).isInstanceOf(IOException.class)
                    .hasMessageStartingWith(file.toString()).hasMessageContaining("the disk is full");
            assertThat(Files.readString(file)).isEqualTo("{\"version\": 1}");
            try (var files = Files.list(disk.root())) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void aCopyAppearsWhole() throws Exception {
        Path source = dir.resolve("a.bin");
        Files.write(source, new byte[100_000]);
        AtomicFiles.copy(source, dir.resolve("sub/b.bin"));
        assertThat(dir.resolve("sub/b.bin")).hasSameBinaryContentAs(source);
    }
}
