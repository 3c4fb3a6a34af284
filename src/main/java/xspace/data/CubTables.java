package xspace.data;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The per-image and per-class tables of a CUB-layout dataset as read from its text files, each
 * line checked on its own (field count, numbers, ids defined, no duplicates). How the tables fit
 * together is checked later, when the images are assembled.
 *
 * <p>A line whose first field names a known image is that image's line even when the rest is
 * broken: the problem then says what the image loses, and the image is not reported a second
 * time for lacking a line.
 */
final class CubTables {

    static final String IMAGES = "images.txt";
    static final String CLASSES = "classes.txt";
    static final String LABELS = "image_class_labels.txt";
    static final String SPLIT = "train_test_split.txt";
    static final String BOXES = "bounding_boxes.txt";
    static final String PARTS = "parts/parts.txt";

    final IdTable<BirdClass> classes = new IdTable<>("class id");
    final IdTable<String> images = new IdTable<>("image id");
    final IdTable<Integer> labels = new IdTable<>("image id");
    final IdTable<Boolean> split = new IdTable<>("image id");
    final IdTable<BoundingBox> boxes = new IdTable<>("image id");
    final IdTable<String> parts = new IdTable<>("part id");

    private final Path root;
    private final ProblemLog log;

    @FunctionalInterface
    private interface FieldParser<T> {
        T parse() throws BadLineException;
    }

    @FunctionalInterface
    private interface LineParser<T> {
        T parse(CubLine line) throws BadLineException;
    }

    private CubTables(Path root, ProblemLog log) {
        this.root = root;
        this.log = log;
    }

    static CubTables read(Path root, ProblemLog log) {
        CubTables tables = new CubTables(root, log);
        tables.readClasses();
        tables.readImages();
        tables.readImageTable(LABELS, tables.labels, "<image_id> <class_id>", Outcome.IMAGE_SKIPPED,
                line -> tables.classId(line));
        tables.readImageTable(SPLIT, tables.split, "<image_id> <is_training_image>", Outcome.IMAGE_SKIPPED,
                line -> line.flagField(1, "<is_training_image>"));
        tables.readImageTable(BOXES, tables.boxes, "<image_id> <x> <y> <width> <height>", Outcome.BOX_IGNORED,
                CubTables::box);
        tables.readParts();
        return tables;
    }

    /** The classes by id, in id order. */
    Map<Integer, BirdClass> classesById() {
        Map<Integer, BirdClass> byId = new TreeMap<>();
        classes.claimedIds().stream().filter(classes::has).forEach(id -> byId.put(id, classes.get(id)));
        return byId;
    }

    /** Part names in id order; a part whose line is missing or bad keeps its CUB name (reported). */
    List<String> partNames() {
        List<String> names = new ArrayList<>();
        for (int id = 1; id <= CubParts.COUNT; id++) {
            if (parts.has(id)) {
                names.add(parts.get(id));
            } else {
                names.add(CubParts.NAMES.get(id - 1));
                if (!parts.claimed(id)) {
                    log.report(PARTS, 0, "part id " + id + " is not defined; the CUB name \""
                            + CubParts.NAMES.get(id - 1) + "\" is used", Outcome.LINE_IGNORED);
                }
            }
        }
        return names;
    }

    /**
     * The image id of field {@code i}, which images.txt must define. Returns 0 for an image whose
     * own line was rejected: that image is already reported and every reference to it is moot.
     */
    int imageId(CubLine line, int i) throws BadLineException {
        int id = line.intField(i, "<image_id>");
        if (images.has(id)) {
            return id;
        }
        if (images.claimed(id)) {
            return 0;
        }
        throw line.bad("image id " + id + " is not defined in " + IMAGES);
    }

    private void readClasses() {
        CubTextFile.read(root, CLASSES, log, line -> {
            line.expectAtLeast(2, "<class_id> <class_name>");
            int id = line.intField(0, "<class_id>");
            classes.claim(id, line);
            classes.put(id, new BirdClass(id, line.rest(1)));
        });
    }

    private void readImages() {
        CubTextFile.read(root, IMAGES, log, line -> {
            if (!line.isInt(0)) {
                line.expectAtLeast(2, "<image_id> <image_name>");
            }
            int id = line.intField(0, "<image_id>");
            images.claim(id, line);
            putOrSkip(images, id, Outcome.IMAGE_SKIPPED, () -> {
                line.expectAtLeast(2, "<image_id> <image_name>");
                return relativePath(line);
            });
        });
    }

    /** Reads a file of one line per image whose first field is the image id. */
    private <T> void readImageTable(String file, IdTable<T> table, String format, Outcome outcome,
                                    LineParser<T> parser) {
        int fields = format.split(" ").length;
        CubTextFile.read(root, file, log, line -> {
            if (!line.isInt(0)) {
                line.expectFields(fields, format);
            }
            int imageId = imageId(line, 0);
            if (imageId == 0) {
                return;
            }
            table.claim(imageId, line);
            putOrSkip(table, imageId, outcome, () -> {
                line.expectFields(fields, format);
                return parser.parse(line);
            });
        });
    }

    /** Stores what a line says about an id; a failure costs the id its record ({@code outcome}). */
    private static <T> void putOrSkip(IdTable<T> table, int id, Outcome outcome, FieldParser<T> parser)
            throws BadLineException {
        try {
            table.put(id, parser.parse());
        } catch (BadLineException e) {
            throw e.with(outcome);
        }
    }

    private int classId(CubLine line) throws BadLineException {
        int classId = line.intField(1, "<class_id>");
        if (!classes.has(classId)) {
            throw line.bad("class id " + classId + " is not defined in " + CLASSES);
        }
        return classId;
    }

    private static BoundingBox box(CubLine line) throws BadLineException {
        BoundingBox box = new BoundingBox(line.doubleField(1, "<x>"), line.doubleField(2, "<y>"),
                line.doubleField(3, "<width>"), line.doubleField(4, "<height>"));
        if (box.width() <= 0 || box.height() <= 0) {
            throw line.bad("box has no area: width " + Echo.plain(line.field(3)) + ", height "
                    + Echo.plain(line.field(4)));
        }
        return box;
    }

    /** Paths must stay under images/: a dataset file should not make us read elsewhere. */
    private static String relativePath(CubLine line) throws BadLineException {
        String path = line.rest(1).replace('\\', '/');
        try {
            Path normal = Path.of(path).normalize();
            if (!path.startsWith("/") && !normal.isAbsolute() && !normal.startsWith("..")) {
                return path;
            }
        } catch (InvalidPathException e) {
            throw line.bad("image path is not a valid path here: " + Echo.quoted(path));
        }
        throw line.bad("image path must lie inside images/: " + Echo.quoted(path));
    }

    private void readParts() {
        CubTextFile.read(root, PARTS, log, line -> {
            line.expectAtLeast(2, "<part_id> <part_name>");
            int id = line.intField(0, "<part_id>");
            if (id < 1 || id > CubParts.COUNT) {
                throw line.bad("part id " + id + " is outside 1.." + CubParts.COUNT);
            }
            parts.claim(id, line);
            parts.put(id, line.rest(1));
        });
    }
}
