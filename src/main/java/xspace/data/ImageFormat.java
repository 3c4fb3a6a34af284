package xspace.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.stream.ImageInputStream;

/**
 * The two image formats a dataset may hold, told by their content (the first bytes), never by the
 * file name: ImageIO would also read GIF, BMP, TIFF and more, which the dataset format does not
 * allow and which the rest of XSpace was never tested with.
 */
enum ImageFormat {
    JPEG, PNG;

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /**
     * The format of the stream's content; the stream is left at its start.
     *
     * @throws DatasetException naming the file and what it holds when that is not JPEG or PNG
     */
    static ImageFormat of(ImageInputStream in, String name) throws IOException {
        byte[] head = new byte[12];
        int read = Math.max(0, in.read(head));
        in.seek(0);
        head = Arrays.copyOf(head, read);
        if (read >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
            return JPEG;
        }
        if (read >= 8 && Arrays.equals(Arrays.copyOf(head, 8), PNG_SIGNATURE)) {
            return PNG;
        }
        String other = otherFormat(head);
        throw new DatasetException(new DatasetProblem(name, 0, other == null
                ? "not a readable image: no JPEG or PNG reader recognises its content"
                : "is a " + other + " image; dataset images must be JPEG or PNG"));
    }

    /** The name of another image format the content starts like, or null. */
    private static String otherFormat(byte[] head) {
        String ascii = new String(head, StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
            return "GIF";
        }
        if (ascii.startsWith("BM") && head.length >= 10 && head[6] == 0 && head[7] == 0 && head[8] == 0
                && head[9] == 0) {
            return "BMP";
        }
        if (ascii.startsWith("II*\0") || ascii.startsWith("MM\0*")) {
            return "TIFF";
        }
        if (ascii.startsWith("RIFF") && ascii.length() >= 12 && ascii.startsWith("WEBP", 8)) {
            return "WebP";
        }
        return null;
    }
}
