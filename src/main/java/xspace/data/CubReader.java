package xspace.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import xspace.engine.TaskMonitor;

/**
 * Reads and validates a dataset in the CUB-200-2011 layout (see docs/data.md). Text files are
 * streamed; image files are opened to read their sizes, to check that boxes and parts lie inside
 * the images, from the header or (see {@link ImageCheck}) by decoding every pixel.
 */
public final class CubReader {

    /** The files without which a folder is not a CUB-layout dataset. */
    public static final List<String> REQUIRED_FILES = List.of(CubTables.IMAGES, CubTables.CLASSES,
            CubTables.LABELS, CubTables.SPLIT, CubTables.BOXES, CubTables.PARTS, PartLocsTable.FILE);

    private CubReader() {
    }

    public static CubDataset read(Path root, ValidationMode mode) {
        return read(root, mode, TaskMonitor.NONE);
    }

    /** Reads a dataset; a strict read decodes every image, a lenient one reads only their headers. */
    public static CubDataset read(Path root, ValidationMode mode, TaskMonitor monitor) {
        return read(root, mode, mode == ValidationMode.STRICT ? ImageCheck.DECODE : ImageCheck.HEADER, monitor);
    }

    /**
     * Reads a dataset. A missing folder or required file is refused in either mode.
     *
     * @param check whether image files are decoded or only their headers read
     * @throws DatasetException in strict mode with every problem found, in either mode when the
     *                          folder or a required file is missing
     */
    public static CubDataset read(Path root, ValidationMode mode, ImageCheck check, TaskMonitor monitor) {
        requireLayout(root);
        ProblemLog log = new ProblemLog(mode);
        monitor.progress(0, "reading " + root);
        CubTables tables = CubTables.read(root, log);
        List<String> partNames = tables.partNames();
        PartLocsTable parts = PartLocsTable.read(root, tables, log);
        monitor.checkCancelled();
        CubAttributes attributes = AttributeTables.read(root, tables, log);
        OptionalInt clicks = CubExtras.clickCount(root, tables, log);
        Map<Integer, List<Integer>> discriminative = CubExtras.discriminativeParts(root, tables, log);
        monitor.checkCancelled();
        ImageAssembly.Result assembled = new ImageAssembly(root, tables, parts, log, check)
                .assemble(monitor.stage(0.2, 1.0));
        if (mode == ValidationMode.STRICT && !log.isEmpty()) {
            throw new DatasetException(log.problems());
        }
        monitor.progress(1, "read " + assembled.images().size() + " images");
        return new CubDataset(root, new ArrayList<>(tables.classesById().values()), assembled.images(),
                partNames, log.problems(), assembled.missingFiles(), attributes, clicks, discriminative);
    }

    /** Refuses a folder that is not a CUB-layout dataset with one line that says why. */
    private static void requireLayout(Path root) {
        if (Files.isRegularFile(root)) {
            throw new DatasetException(new DatasetProblem("", 0, root + " is a file, not a dataset folder"));
        }
        if (!Files.isDirectory(root)) {
            throw new DatasetException(new DatasetProblem("", 0, "dataset folder not found: " + root));
        }
        List<String> missing = REQUIRED_FILES.stream()
                .filter(file -> !CubTextFile.exists(root, file)).toList();
        if (missing.size() == 1) {
            throw new DatasetException(new DatasetProblem(missing.get(0), 0,
                    "required file is missing in " + root));
        }
        if (!missing.isEmpty()) {
            throw new DatasetException(new DatasetProblem("", 0, "not a CUB-layout dataset: "
                    + String.join(", ", missing) + " are missing in " + root));
        }
        if (!Files.isDirectory(root.resolve("images"))) {
            throw new DatasetException(new DatasetProblem("images", 0, "image folder is missing in " + root));
        }
    }
}
