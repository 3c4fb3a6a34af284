package xspace.data;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import xspace.engine.FileErrors;

/**
 * A two-dimensional float32 array in NumPy's {@code .npy} format (version 1.0, little endian, C
 * order), the exchange format with other tools. Rows are written and read at their offsets, so a
 * file of known shape can be filled batch by batch, resumed after an interruption, and read one
 * row at a time without loading the whole array.
 */
public final class NpyFile implements AutoCloseable {

    private static final byte[] MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern SHAPE = Pattern.compile("'shape':\\s*\\((\\d+),\\s*(\\d*)\\s*,?\\s*\\)");

    private final Path path;
    private final FileChannel channel;
    private final long rows;
    private final int columns;
    private final long dataOffset;

    private NpyFile(Path path, FileChannel channel, long rows, int columns, long dataOffset) {
        this.path = path;
        this.channel = channel;
        this.rows = rows;
        this.columns = columns;
        this.dataOffset = dataOffset;
    }

    /** Creates (or keeps, when its shape matches) a file of {@code rows × columns} floats. */
    public static NpyFile createOrOpen(Path path, long rows, int columns) throws IOException {
        if (Files.exists(path)) {
            NpyFile existing = open(path, true);
            if (existing.rows == rows && existing.columns == columns) {
                return existing;
            }
            existing.close();
        }
        byte[] header = header(rows, columns);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            channel.write(ByteBuffer.wrap(header), 0);
            long size = header.length + rows * columns * 4L;
            if (size > header.length) {
                // Writing the last byte extends the file to its full size (sparse where the system allows).
                channel.write(ByteBuffer.wrap(new byte[1]), size - 1);
            }
            return new NpyFile(path, channel, rows, columns, header.length);
        } catch (IOException e) {
            if (channel != null) {
                channel.close();
            }
            throw FileErrors.named(path, e);
        }
    }

    /** Opens an existing two-dimensional float32 file (a one-dimensional one reads as one column). */
    public static NpyFile open(Path path, boolean writable) throws IOException {
        FileChannel channel = writable
                ? FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)
                : FileChannel.open(path, StandardOpenOption.READ);
        try {
            ByteBuffer start = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(start, 0);
            start.flip();
            byte[] magic = new byte[6];
            start.get(magic);
            if (start.limit() < 10 || !java.util.Arrays.equals(magic, MAGIC) || start.get() != 1) {
                throw new IOException(path + ": not a version 1 .npy file");
            }
            start.get();
            int headerLength = Short.toUnsignedInt(start.getShort());
            ByteBuffer text = ByteBuffer.allocate(headerLength);
            channel.read(text, 10);
            String dict = new String(text.array(), StandardCharsets.ISO_8859_1);
            if (!dict.contains("'<f4'") || dict.contains("'fortran_order': True")) {
                throw new IOException(path + ": expected little-endian float32 in C order, header " + dict.trim());
            }
            Matcher shape = SHAPE.matcher(dict);
            if (!shape.find()) {
                throw new IOException(path + ": expected a 1- or 2-dimensional shape, header " + dict.trim());
            }
            long rows = Long.parseLong(shape.group(1));
            int columns = shape.group(2).isEmpty() ? 1 : Integer.parseInt(shape.group(2));
            long dataOffset = 10L + headerLength;
            if (channel.size() < dataOffset + rows * columns * 4L) {
                throw new IOException(path + ": truncated, expected " + rows + " × " + columns + " floats");
            }
            return new NpyFile(path, channel, rows, columns, dataOffset);
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
    }

    /** Reads a whole file into memory; for small arrays (per-class samples, tests). */
    public static float[][] readAll(Path path) throws IOException {
        try (NpyFile file = open(path, false)) {
            return file.readRows(0, (int) file.rows);
        }
    }

    /** Writes a whole array at once. */
    public static void write(Path path, float[][] data) throws IOException {
        int columns = data.length == 0 ? 0 : data[0].length;
        try (NpyFile file = createOrOpen(path, data.length, columns)) {
            file.writeRows(0, data);
        }
    }

    public long rows() {
        return rows;
    }

    public int columns() {
        return columns;
    }

    public Path path() {
        return path;
    }

    public void writeRows(long firstRow, float[][] block) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(block.length * columns * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (float[] row : block) {
            if (row.length != columns) {
                throw new IllegalArgumentException("row of " + row.length + " values, file has " + columns);
            }
            buffer.asFloatBuffer().put(row);
            buffer.position(buffer.position() + columns * 4);
        }
        buffer.flip();
        checkRange(firstRow, block.length);
        long position = dataOffset + firstRow * columns * 4L;
        try {
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
        } catch (IOException e) {
            throw FileErrors.named(path, e);
        }
    }

    public float[][] readRows(long firstRow, int count) throws IOException {
        checkRange(firstRow, count);
        ByteBuffer buffer = ByteBuffer.allocate(count * columns * 4).order(ByteOrder.LITTLE_ENDIAN);
        long position = dataOffset + firstRow * columns * 4L;
        while (buffer.hasRemaining()) {
            int read = channel.read(buffer, position + buffer.position());
            if (read < 0) {
                throw new IOException(path + ": unexpected end of file");
            }
        }
        buffer.flip();
        float[][] out = new float[count][columns];
        for (float[] row : out) {
            buffer.asFloatBuffer().get(row);
            buffer.position(buffer.position() + columns * 4);
        }
        return out;
    }

    public float[] readRow(long row) throws IOException {
        return readRows(row, 1)[0];
    }

    /** Forces written rows to the disk, so that a resumed run can trust them. */
    public void sync() throws IOException {
        try {
            channel.force(false);
        } catch (IOException e) {
            throw FileErrors.named(path, e);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    private void checkRange(long firstRow, int count) {
        if (firstRow < 0 || firstRow + count > rows) {
            throw new IndexOutOfBoundsException("rows " + firstRow + ".." + (firstRow + count) + " of " + rows);
        }
    }

    private static byte[] header(long rows, int columns) {
        String dict = "{'descr': '<f4', 'fortran_order': False, 'shape': (" + rows + ", " + columns + "), }";
        int unpadded = 10 + dict.length() + 1;
        int padding = (64 - unpadded % 64) % 64;
        String text = dict + " ".repeat(padding) + "\n";
        ByteBuffer buffer = ByteBuffer.allocate(10 + text.length()).order(ByteOrder.LITTLE_ENDIAN);
        buffer.put(MAGIC).put((byte) 1).put((byte) 0).putShort((short) text.length());
        buffer.put(text.getBytes(StandardCharsets.ISO_8859_1));
        return buffer.array();
    }
}
