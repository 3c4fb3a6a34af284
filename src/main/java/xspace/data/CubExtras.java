package xspace.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The optional per-annotator click locations (real CUB) and discriminative parts (written by the
 * synthetic-bird generator as ground truth: which parts tell each class apart).
 */
final class CubExtras {

    static final String CLICKS = "parts/part_click_locs.txt";
    static final String DISCRIMINATIVE = "parts/discriminative_parts.txt";

    private CubExtras() {
    }

    /** The number of valid click lines, or empty when the file does not exist. */
    static OptionalInt clickCount(Path root, CubTables tables, ProblemLog log) {
        if (!CubTextFile.exists(root, CLICKS)) {
            return OptionalInt.empty();
        }
        AtomicInteger count = new AtomicInteger();
        CubTextFile.read(root, CLICKS, log, line -> {
            line.expectFields(6, "<image_id> <part_id> <x> <y> <visible> <time>");
            int imageId = tables.imageId(line, 0);
            partId(line, 1);
            line.doubleField(2, "<x>");
            line.doubleField(3, "<y>");
            line.flagField(4, "<visible>");
            if (imageId != 0) {
                count.incrementAndGet();
            }
        });
        return OptionalInt.of(count.get());
    }

    /** The discriminative part ids of each class; empty when the file does not exist. */
    static Map<Integer, List<Integer>> discriminativeParts(Path root, CubTables tables, ProblemLog log) {
        Map<Integer, List<Integer>> byClass = new TreeMap<>();
        if (!CubTextFile.exists(root, DISCRIMINATIVE)) {
            return byClass;
        }
        IdTable<Boolean> seen = new IdTable<>("class id");
        CubTextFile.read(root, DISCRIMINATIVE, log, line -> {
            line.expectAtLeast(2, "<class_id> <part_id> [<part_id> ...]");
            int classId = line.intField(0, "<class_id>");
            if (!tables.classes.has(classId)) {
                throw line.bad("class id " + classId + " is not defined in " + CubTables.CLASSES);
            }
            seen.claim(classId, line);
            Set<Integer> parts = new LinkedHashSet<>();
            for (int i = 1; i < line.fieldCount(); i++) {
                if (!parts.add(partId(line, i))) {
                    throw line.bad("part id " + Echo.plain(line.field(i)) + " is listed twice");
                }
            }
            byClass.put(classId, List.copyOf(new ArrayList<>(parts)));
        });
        return byClass;
    }

    private static int partId(CubLine line, int i) throws BadLineException {
        int partId = line.intField(i, "<part_id>");
        if (partId < 1 || partId > CubParts.COUNT) {
            throw line.bad("part id " + partId + " is outside 1.." + CubParts.COUNT);
        }
        return partId;
    }
}
