package xspace.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * parts/part_locs.txt: the location and visibility of every part of every image. A bad line or a
 * location outside the image makes that one part invisible rather than losing the image.
 */
final class PartLocsTable {

    static final String FILE = "parts/part_locs.txt";
    private static final String FORMAT = "<image_id> <part_id> <x> <y> <visible>";

    private final Map<Integer, PartLocation[]> locations = new HashMap<>();
    private final Map<Integer, int[]> lines = new HashMap<>();

    private PartLocsTable() {
    }

    static PartLocsTable read(Path root, CubTables tables, ProblemLog log) {
        PartLocsTable table = new PartLocsTable();
        CubTextFile.read(root, FILE, log, line -> table.accept(line, tables));
        return table;
    }

    /**
     * The locations of one image's parts in part-id order. Parts without a line become invisible,
     * and so do visible parts outside the image; both are reported.
     */
    List<PartLocation> locationsOf(int imageId, ImageSize size, ProblemLog log) {
        PartLocation[] found = locations.getOrDefault(imageId, new PartLocation[CubParts.COUNT]);
        reportMissing(imageId, log);
        List<PartLocation> result = new ArrayList<>(CubParts.COUNT);
        for (int i = 0; i < CubParts.COUNT; i++) {
            PartLocation part = found[i] == null ? invisible(i + 1) : found[i];
            if (part.visible() && !size.contains(part.x(), part.y())) {
                log.report(FILE, lines.get(imageId)[i], "part " + part.partId() + " (" + part.name()
                        + ") of image " + imageId + " at (" + Numbers.format(part.x()) + ", "
                        + Numbers.format(part.y()) + ") lies outside the " + size + " image",
                        Outcome.PART_INVISIBLE);
                part = invisible(part.partId());
            }
            result.add(part);
        }
        return result;
    }

    /**
     * Reads one line. Once its image and part are known, a broken rest of the line costs only
     * that part its visibility.
     */
    private void accept(CubLine line, CubTables tables) throws BadLineException {
        if (!line.isInt(0) || !line.isInt(1)) {
            line.expectFields(5, FORMAT);
        }
        int imageId = tables.imageId(line, 0);
        int partId = line.intField(1, "<part_id>");
        if (partId < 1 || partId > CubParts.COUNT) {
            throw line.bad("part id " + partId + " is outside 1.." + CubParts.COUNT);
        }
        if (imageId == 0) {
            return;
        }
        int[] partLines = lines.computeIfAbsent(imageId, id -> new int[CubParts.COUNT]);
        if (partLines[partId - 1] != 0) {
            throw line.bad("duplicate part " + partId + " for image " + imageId + " (first on line "
                    + partLines[partId - 1] + ")");
        }
        partLines[partId - 1] = line.number();
        PartLocation[] parts = locations.computeIfAbsent(imageId, id -> new PartLocation[CubParts.COUNT]);
        try {
            line.expectFields(5, FORMAT);
            parts[partId - 1] = new PartLocation(partId, line.doubleField(2, "<x>"), line.doubleField(3, "<y>"),
                    line.flagField(4, "<visible>"));
        } catch (BadLineException e) {
            parts[partId - 1] = invisible(partId);
            throw e.with(Outcome.PART_INVISIBLE);
        }
    }

    private void reportMissing(int imageId, ProblemLog log) {
        int[] partLines = lines.getOrDefault(imageId, new int[CubParts.COUNT]);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < CubParts.COUNT; i++) {
            if (partLines[i] == 0) {
                missing.add(CubParts.NAMES.get(i));
            }
        }
        if (!missing.isEmpty()) {
            int present = CubParts.COUNT - missing.size();
            log.report(FILE, 0, "image " + imageId + " has " + present + " part locations, expected "
                    + CubParts.COUNT + "; missing: " + String.join(", ", missing), Outcome.PART_INVISIBLE);
        }
    }

    private static PartLocation invisible(int partId) {
        return new PartLocation(partId, 0, 0, false);
    }
}
