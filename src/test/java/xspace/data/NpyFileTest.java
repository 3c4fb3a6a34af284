package xspace.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NpyFileTest {

    @TempDir
    Path dir;

    @Test
    void writesTheHeaderNumpyExpects() throws IOException {
        Path file = dir.resolve("a.npy");
        NpyFile.write(file, new float[][] {{1, 2, 3}, {4, 5, 6}});
        byte[] bytes = Files.readAllBytes(file);
        assertThat(bytes[0]).isEqualTo((byte) 0x93);
        assertThat(new String(bytes, 1, 5, StandardCharsets.ISO_8859_1)).isEqualTo("NUMPY");
        int headerLength = (bytes[8] & 0xFF) | (bytes[9] & 0xFF) << 8;
        assertThat((10 + headerLength) % 64).isZero();
        String header = new String(bytes, 10, headerLength, StandardCharsets.ISO_8859_1);
        assertThat(header).startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (2, 3), }").endsWith("\n");
        assertThat(bytes).hasSize(10 + headerLength + 6 * 4);
        // 1.0f little endian is 00 00 80 3f
        assertThat(bytes[10 + headerLength + 3]).isEqualTo((byte) 0x3f);
        assertThat(bytes[10 + headerLength + 2]).isEqualTo((byte) 0x80);
    }

    @Test
    void rowsRoundTripAtTheirOffsets() throws IOException {
        Path file = dir.resolve("b.npy");
        try (NpyFile npy = NpyFile.createOrOpen(file, 4, 2)) {
            npy.writeRows(2, new float[][] {{5, 6}, {7, 8}});
            npy.writeRows(0, new float[][] {{1, 2}, {3, 4}});
        }
        assertThat(NpyFile.readAll(file)).isEqualTo(new float[][] {{1, 2}, {3, 4}, {5, 6}, {7, 8}});
        try (NpyFile npy = NpyFile.open(file, false)) {
            assertThat(npy.readRow(3)).containsExactly(7, 8);
            assertThatThrownBy(() -> npy.readRow(4)).isInstanceOf(IndexOutOfBoundsException.class);
        }
    }

    @Test
    void otherFilesAreRefused() throws IOException {
        Path file = dir.resolve("c.npy");
        Files.writeString(file, "not numpy at all");
        assertThatThrownBy(() -> NpyFile.open(file, false)).hasMessageContaining("not a version 1 .npy file");
    }
}
