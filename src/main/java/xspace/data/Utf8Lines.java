package xspace.data;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Splits a byte stream into lines ({@code \n}, {@code \r\n} or {@code \r}) and decodes each line
 * on its own as UTF-8. A reader that decodes ahead of the line it returns cannot say on which line
 * a bad byte was; this one can, so that a Latin-1 class name is refused with its line instead of
 * turning silently into replacement characters.
 */
final class Utf8Lines implements Closeable {

    /** One line: its text (malformed bytes replaced) and, if it was not valid UTF-8, why. */
    record Line(String text, String encodingProblem) {
    }

    private final InputStream in;
    private final CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private boolean skipLineFeed;
    private byte[] line = new byte[256];
    private int length;

    Utf8Lines(InputStream in) {
        this.in = in;
    }

    /** The next line without its terminator, or null at the end of the stream. */
    Line next() throws IOException {
        length = 0;
        boolean any = false;
        while (true) {
            if (position == limit && !fill()) {
                return any ? decode() : null;
            }
            byte b = buffer[position++];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (b == '\n') {
                    continue;
                }
            }
            any = true;
            if (b == '\n' || b == '\r') {
                skipLineFeed = b == '\r';
                return decode();
            }
            append(b);
        }
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        position = 0;
        limit = Math.max(read, 0);
        return read > 0;
    }

    private void append(byte b) {
        if (length == line.length) {
            line = Arrays.copyOf(line, length * 2);
        }
        line[length++] = b;
    }

    private Line decode() {
        if (isAscii()) {
            return new Line(new String(line, 0, length, StandardCharsets.ISO_8859_1), null);
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, 0, length);
        CharBuffer chars = CharBuffer.allocate(length);
        strict.reset();
        CoderResult result = strict.decode(bytes, chars, true);
        if (!result.isError()) {
            strict.flush(chars);
            return new Line(chars.flip().toString(), null);
        }
        String problem = String.format(Locale.ROOT, "not valid UTF-8: byte 0x%02X at byte %d of the line"
                + " (save the file as UTF-8)", line[bytes.position()] & 0xff, bytes.position() + 1);
        return new Line(new String(line, 0, length, StandardCharsets.UTF_8), problem);
    }

    private boolean isAscii() {
        for (int i = 0; i < length; i++) {
            if (line[i] < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
