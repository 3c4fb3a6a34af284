package xspace.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Whether a file is HDF5, told by its format signature: the 8 bytes {@code \x89HDF\r\n\x1a\n} at
 * offset 0, or, after a user block, at 512, 1024, 2048 and so on (the HDF5 file format
 * specification, "Format Signature").
 */
final class Hdf5Signature {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    private Hdf5Signature() {
    }

    static boolean presentIn(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            for (long offset = 0; offset + SIGNATURE.length <= size; offset = offset == 0 ? 512 : offset * 2) {
                ByteBuffer bytes = ByteBuffer.allocate(SIGNATURE.length);
                while (bytes.hasRemaining() && channel.read(bytes, offset + bytes.position()) > 0) {
                    // reads until the 8 bytes are in
                }
                if (Arrays.equals(bytes.array(), SIGNATURE)) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
