package xspace.data.synth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import xspace.data.PartLocation;

/**
 * Just enough of a CUB-layout dataset for a contact sheet: image paths, class names and part
 * locations. It trusts the files (the full validating reader lives elsewhere) but says which
 * file and line it could not parse.
 */
final class DatasetIndex {

    record Entry(int imageId, String path, List<PartLocation> parts) {
    }

    record Row(String className, List<Entry> images) {
    }

    private final Map<Integer, String> classNames;
    private final Map<Integer, List<Entry>> imagesByClass;

    private DatasetIndex(Map<Integer, String> classNames, Map<Integer, List<Entry>> imagesByClass) {
        this.classNames = classNames;
        this.imagesByClass = imagesByClass;
    }

    static DatasetIndex read(Path root) throws IOException {
        try {
            return parse(root);
        } catch (NumberFormatException e) {
            throw new IOException("not a CUB-layout dataset: " + root + " (" + e.getMessage() + ")", e);
        }
    }

    private static DatasetIndex parse(Path root) throws IOException {
        Map<Integer, String> classNames = new TreeMap<>();
        for (String[] f : fields(root, "classes.txt", 2)) {
            classNames.put(Integer.parseInt(f[0]), f[1]);
        }
        Map<Integer, String> paths = new TreeMap<>();
        for (String[] f : fields(root, "images.txt", 2)) {
            paths.put(Integer.parseInt(f[0]), f[1]);
        }
        Map<Integer, List<PartLocation>> parts = partLocations(root);
        Map<Integer, List<Entry>> byClass = new TreeMap<>();
        for (String[] f : fields(root, "image_class_labels.txt", 2)) {
            int image = Integer.parseInt(f[0]);
            byClass.computeIfAbsent(Integer.parseInt(f[1]), c -> new ArrayList<>())
                    .add(new Entry(image, paths.get(image), parts.getOrDefault(image, List.of())));
        }
        return new DatasetIndex(classNames, byClass);
    }

    /** The first {@code perClass} images of each of the first {@code classes} classes. */
    List<Row> rows(int classes, int perClass) {
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Integer, List<Entry>> entry : imagesByClass.entrySet()) {
            if (rows.size() == classes) {
                break;
            }
            List<Entry> images = entry.getValue();
            String name = classNames.getOrDefault(entry.getKey(), "class " + entry.getKey());
            rows.add(new Row(name, images.subList(0, Math.min(perClass, images.size()))));
        }
        return rows;
    }

    private static Map<Integer, List<PartLocation>> partLocations(Path root) throws IOException {
        Map<Integer, List<PartLocation>> parts = new HashMap<>();
        if (!Files.exists(root.resolve("parts/part_locs.txt"))) {
            return parts;
        }
        for (String[] f : fields(root, "parts/part_locs.txt", 5)) {
            parts.computeIfAbsent(Integer.parseInt(f[0]), i -> new ArrayList<>()).add(new PartLocation(
                    Integer.parseInt(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]), f[4].equals("1")));
        }
        return parts;
    }

    /** The lines of a file split into at most {@code count} fields (the last keeps its spaces). */
    private static List<String[]> fields(Path root, String file, int count) throws IOException {
        Path path = root.resolve(file);
        if (!Files.exists(path)) {
            throw new IOException("missing " + path);
        }
        List<String[]> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(path);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+", count);
            if (f.length < count || !f[0].matches("\\d+")) {
                throw new IOException(file + ":" + (i + 1) + ": expected " + count + " fields, got '" + line + "'");
            }
            rows.add(f);
        }
        return rows;
    }
}
