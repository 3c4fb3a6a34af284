package xspace.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Whether a PNG file reaches its end chunk (IEND) whole. The JDK's PNG reader decodes a file cut
 * inside IEND without a word; walking the chunk lengths finds the cut without reading any pixel
 * data, and data after IEND (which some tools append) is allowed.
 */
final class PngEnd {

    private static final int SIGNATURE = 8;
    private static final int IEND = 0x49454e44;

    private PngEnd() {
    }

    static boolean complete(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            ByteBuffer header = ByteBuffer.allocate(8);
            for (long position = SIGNATURE; position + 8 <= size; ) {
                readAt(channel, header, position);
                long length = Integer.toUnsignedLong(header.getInt(0));
                long end = position + 12 + length;
                if (header.getInt(4) == IEND) {
                    return end <= size;
                }
                position = end;
            }
            return false;
        }
    }

    private static void readAt(FileChannel channel, ByteBuffer buffer, long position) throws IOException {
        buffer.clear();
        int read;
        do {
            read = channel.read(buffer, position + buffer.position());
        } while (read > 0 && buffer.hasRemaining());
    }
}
