package xspace.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the optional attributes/ files. Real CUB's image_attribute_labels.txt has a few lines
 * with extra columns; only the first five fields mean anything, so the rest is ignored.
 */
final class AttributeTables {

    static final String NAMES = "attributes/attributes.txt";
    static final String LABELS = "attributes/image_attribute_labels.txt";

    private AttributeTables() {
    }

    /** The attributes, or null when the dataset has none (or only one of the two files, reported). */
    static CubAttributes read(Path root, CubTables tables, ProblemLog log) {
        boolean hasNames = CubTextFile.exists(root, NAMES);
        boolean hasLabels = CubTextFile.exists(root, LABELS);
        if (hasNames != hasLabels) {
            log.report(hasNames ? LABELS : NAMES, 0, "missing, while " + (hasNames ? NAMES : LABELS)
                    + " is present", Outcome.FILE_IGNORED);
            return null;
        }
        if (!hasNames) {
            return null;
        }
        List<String> names = names(root, log);
        return new CubAttributes(names, labels(root, tables, names.size(), log));
    }

    private static List<String> names(Path root, ProblemLog log) {
        IdTable<String> table = new IdTable<>("attribute id");
        CubTextFile.read(root, NAMES, log, line -> {
            line.expectAtLeast(2, "<attribute_id> <attribute_name>");
            int id = line.intField(0, "<attribute_id>");
            if (id < 1) {
                throw line.bad("attribute id " + id + " must be at least 1");
            }
            table.claim(id, line);
            table.put(id, line.rest(1));
        });
        int last = table.claimedIds().isEmpty() ? 0 : table.claimedIds().last();
        List<String> names = new ArrayList<>(last);
        for (int id = 1; id <= last; id++) {
            if (!table.claimed(id)) {
                log.report(NAMES, 0, "attribute id " + id + " is not defined", Outcome.LINE_IGNORED);
            }
            names.add(table.has(id) ? table.get(id) : "attribute " + id);
        }
        return names;
    }

    private static Map<Integer, BitSet> labels(Path root, CubTables tables, int count, ProblemLog log) {
        Map<Integer, BitSet> present = new HashMap<>();
        CubTextFile.read(root, LABELS, log, line -> {
            line.expectAtLeast(5, "<image_id> <attribute_id> <is_present> <certainty_id> <time>");
            int imageId = tables.imageId(line, 0);
            int attributeId = line.intField(1, "<attribute_id>");
            if (attributeId < 1 || attributeId > count) {
                throw line.bad("attribute id " + attributeId + " is not defined in " + NAMES);
            }
            boolean isPresent = line.flagField(2, "<is_present>");
            if (imageId != 0 && isPresent) {
                present.computeIfAbsent(imageId, id -> new BitSet(count)).set(attributeId - 1);
            }
        });
        return present;
    }
}
