package xspace.data;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import xspace.engine.TaskMonitor;

/**
 * Puts the tables together into {@link BirdImage}s: every image needs a class label, a split, a
 * readable file, a box and its parts inside the image. An image without label, split or readable
 * file is left out; a bad box or part is dropped from an image that is kept. Everything left out
 * is reported.
 */
final class ImageAssembly {

    /** The images kept and the paths (under images/) of those whose file does not exist. */
    record Result(List<BirdImage> images, List<String> missingFiles) {
    }

    private final Path root;
    private final CubTables tables;
    private final PartLocsTable parts;
    private final ProblemLog log;
    private final ImageCheck check;

    ImageAssembly(Path root, CubTables tables, PartLocsTable parts, ProblemLog log, ImageCheck check) {
        this.root = root;
        this.tables = tables;
        this.parts = parts;
        this.log = log;
        this.check = check;
    }

    Result assemble(TaskMonitor monitor) {
        Map<Integer, String> candidates = labelledAndSplit();
        Map<Integer, ImageHeaders.Header> headers =
                ImageHeaders.scan(new ImageFolder(root.resolve("images")), candidates, check, monitor);
        List<BirdImage> images = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        candidates.forEach((id, path) -> {
            ImageHeaders.Header header = headers.get(id);
            if (header.missing()) {
                missing.add(path);
                log.report(CubTables.IMAGES, tables.images.line(id), "image file not found: images/" + Echo.plain(path),
                        Outcome.IMAGE_SKIPPED);
            } else if (header.problem() != null) {
                log.report(header.problem(), Outcome.IMAGE_SKIPPED);
            } else {
                images.add(image(id, path, header.size()));
            }
        });
        return new Result(images, missing);
    }

    /** The images of images.txt, in id order, that have both a class label and a split. */
    private Map<Integer, String> labelledAndSplit() {
        Map<Integer, String> candidates = new LinkedHashMap<>();
        for (int id : tables.images.claimedIds()) {
            if (!tables.images.has(id)) {
                continue;
            }
            boolean labelled = present(tables.labels, CubTables.LABELS, id, "class label");
            boolean split = present(tables.split, CubTables.SPLIT, id, "train/test split");
            if (labelled && split) {
                candidates.put(id, tables.images.get(id));
            }
        }
        return candidates;
    }

    private boolean present(IdTable<?> table, String file, int id, String what) {
        if (table.has(id)) {
            return true;
        }
        // a rejected line has been reported with its consequence already
        if (!table.rejected(id)) {
            log.report(file, 0, "image " + id + " has no " + what, Outcome.IMAGE_SKIPPED);
        }
        return false;
    }

    private BirdImage image(int id, String path, ImageSize size) {
        return new BirdImage(id, path, tables.labels.get(id), tables.split.get(id), box(id, size),
                parts.locationsOf(id, size, log));
    }

    private BoundingBox box(int id, ImageSize size) {
        BoundingBox box = tables.boxes.get(id);
        if (box == null) {
            if (!tables.boxes.rejected(id)) {
                log.report(CubTables.BOXES, 0, "image " + id + " has no bounding box", Outcome.BOX_IGNORED);
            }
            return null;
        }
        if (!box.within(size.width(), size.height())) {
            log.report(CubTables.BOXES, tables.boxes.line(id), "box " + Numbers.format(box) + " of image " + id
                    + " lies outside the " + size + " image", Outcome.BOX_IGNORED);
            return null;
        }
        return box;
    }
}
