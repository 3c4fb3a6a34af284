package xspace.model;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import xspace.engine.AtomicFiles;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The images whose features could not be extracted because the image could not be read:
 * {@code skipped.csv} beside {@code index.csv}, with the header {@code row,image_id,reason}. Their
 * rows in {@code z.npy} and {@code logits.npy} hold NaN, never zeros, and every reader of the
 * features leaves them out through {@link FeatureIndex#usable}.
 */
public final class SkippedImages {

    public static final String FILE = "skipped.csv";
    private static final String HEADER = "row,image_id,reason";

    /** One skipped row: the image and why it could not be read. */
    public record Skipped(int row, int imageId, String reason) {
    }

    private SkippedImages() {
    }

    /** The skipped rows of a features folder; none when the file does not exist. */
    public static List<Skipped> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new ModelException(file + ":1: expected the header '" + HEADER + "'");
        }
        List<Skipped> skipped = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            skipped.add(parse(file, i + 1, lines.get(i)));
        }
        return skipped;
    }

    public static Set<Integer> rows(Path dir) throws IOException {
        return read(dir).stream().map(Skipped::row).collect(Collectors.toSet());
    }

    /** Replaces the file in one step, so that a reader never sees half a list. */
    static void write(Path dir, List<Skipped> skipped) throws IOException {
        AtomicFiles.write(dir.resolve(FILE), tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.newLine();
                for (Skipped s : skipped) {
                    out.write(s.row() + "," + s.imageId() + "," + s.reason().replaceAll("\\R", " "));
                    out.newLine();
                }
            }
        });
    }

    private static Skipped parse(Path file, int lineNumber, String line) {
        String[] f = line.split(",", 3);
        try {
            if (f.length != 3) {
                throw new NumberFormatException();
            }
            return new Skipped(Integer.parseInt(f[0]), Integer.parseInt(f[1]), f[2]);
        } catch (NumberFormatException e) {
            throw new ModelException(file + ":" + lineNumber + ": expected 'row,image_id,reason', found '"
                    + xspace.data.Echo.plain(line) + "'");
        }
    }
}
