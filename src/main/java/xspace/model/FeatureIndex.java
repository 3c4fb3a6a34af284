package xspace.model;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import xspace.engine.AtomicFiles;

/**
 * Which image each row of the feature arrays belongs to: {@code index.csv} with the header
 * {@code row,image_id,label,split}, read by other tools as easily as the {@code .npy} files.
 */
public final class FeatureIndex {

    public static final String FILE = "index.csv";
    private static final String HEADER = "row,image_id,label,split";

    private FeatureIndex() {
    }

    /** One row: the image, its class index in the network's output order and its split. */
    public record Entry(int row, int imageId, int label, boolean training) {
    }

    public static void write(Path dir, List<Entry> entries) throws IOException {
        AtomicFiles.write(dir.resolve(FILE), tmp -> {
            try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                out.write(HEADER);
                out.newLine();
                for (Entry e : entries) {
                    out.write(e.row() + "," + e.imageId() + "," + e.label() + "," + (e.training() ? "train" : "test"));
                    out.newLine();
                }
            }
        });
    }

    /**
     * The rows that hold features: those an extraction has finished (the rest of the files are
     * still zeros), less the images that could not be read ({@link SkippedImages}, rows of NaN).
     * What anything that uses the features reads.
     */
    public static List<Entry> usable(Path dir) throws IOException {
        java.util.Set<Integer> skipped = SkippedImages.rows(dir);
        int done = FeatureExtractor.rowsDone(dir).orElse(Integer.MAX_VALUE);
        return read(dir).stream().filter(e -> e.row() < done && !skipped.contains(e.row())).toList();
    }

    /** Every row of {@code index.csv}, skipped images included. */
    public static List<Entry> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
            throw new ModelException(file + ":1: expected the header '" + HEADER + "'");
        }
        List<Entry> entries = new ArrayList<>(lines.size() - 1);
        for (int i = 1; i < lines.size(); i++) {
            entries.add(parse(file, i + 1, lines.get(i)));
        }
        return entries;
    }

    private static Entry parse(Path file, int lineNumber, String line) {
        String[] f = line.split(",");
        try {
            if (f.length != 4 || !(f[3].equals("train") || f[3].equals("test"))) {
                throw new NumberFormatException();
            }
            return new Entry(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), f[3].equals("train"));
        } catch (NumberFormatException e) {
            throw new ModelException(file + ":" + lineNumber + ": expected 'row,image_id,label,train|test', found '"
                    + line + "'");
        }
    }
}
