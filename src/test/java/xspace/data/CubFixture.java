package xspace.data;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;

/**
 * Writes a tiny, valid dataset in the CUB-200-2011 layout: 3 classes of 2 images each (small
 * JPEGs, one PNG), every text file including the optional attributes, click locations and
 * discriminative parts. The expected content is computed by the same rules that write it, so tests
 * can ask for it; the editing helpers let a test break one line on purpose.
 *
 * <pre>
 * CubFixture fixture = CubFixture.at(tempDir).write();
 * fixture.replaceLine("bounding_boxes.txt", 3, "3 1 2");
 * </pre>
 */
public final class CubFixture {

    public static final int CLASSES = 3;
    public static final int IMAGES_PER_CLASS = 2;
    public static final List<String> CLASS_NAMES = List.of("001.Red_Tanager", "002.Blue_Jay", "003.Green_Jay");
    public static final List<String> ATTRIBUTES = List.of("has_bill_shape::curved_(up_or_down)",
            "has_wing_color::blue", "has_size::small_(5_-_9_in)", "has_shape::perching-like");
    /** The image written as PNG rather than JPEG, to cover both formats. */
    public static final int PNG_IMAGE = 4;

    private final Path root;
    private boolean attributes = true;
    private boolean clicks = true;
    private boolean discriminative = true;

    private CubFixture(Path root) {
        this.root = root;
    }

    public static CubFixture at(Path root) {
        return new CubFixture(root);
    }

    public CubFixture withoutAttributes() {
        attributes = false;
        return this;
    }

    public CubFixture withoutClicks() {
        clicks = false;
        return this;
    }

    public CubFixture withoutDiscriminativeParts() {
        discriminative = false;
        return this;
    }

    /** Writes every file; returns this fixture for the expected values. */
    public CubFixture write() {
        writeLines("classes.txt", range(CLASSES, id -> id + " " + CLASS_NAMES.get(id - 1)));
        writeLines("images.txt", range(imageCount(), id -> id + " " + relativePath(id)));
        writeLines("image_class_labels.txt", range(imageCount(), id -> id + " " + classId(id)));
        writeLines("train_test_split.txt", range(imageCount(), id -> id + " " + (training(id) ? 1 : 0)));
        writeLines("bounding_boxes.txt", range(imageCount(), id -> id + " " + boxText(box(id))));
        writeLines("parts/parts.txt", range(CubParts.COUNT, id -> id + " " + CubParts.NAMES.get(id - 1)));
        writeLines("parts/part_locs.txt", partLines(false));
        if (clicks) {
            writeLines("parts/part_click_locs.txt", partLines(true));
        }
        if (discriminative) {
            writeLines("parts/discriminative_parts.txt", range(CLASSES, id -> id + " " + discriminativeText(id)));
        }
        if (attributes) {
            writeAttributes();
        }
        for (int id = 1; id <= imageCount(); id++) {
            writeImage(id, drawBird(id), id == PNG_IMAGE ? "png" : "jpg");
        }
        return this;
    }

    public Path root() {
        return root;
    }

    public int imageCount() {
        return CLASSES * IMAGES_PER_CLASS;
    }

    public int classId(int imageId) {
        return (imageId - 1) / IMAGES_PER_CLASS + 1;
    }

    public boolean training(int imageId) {
        return imageId % 2 == 1;
    }

    public String relativePath(int imageId) {
        String className = CLASS_NAMES.get(classId(imageId) - 1);
        String extension = imageId == PNG_IMAGE ? "png" : "jpg";
        return className + "/" + className.substring(4) + String.format(Locale.ROOT, "_%04d.", imageId) + extension;
    }

    public ImageSize size(int imageId) {
        return new ImageSize(64 + 8 * (imageId % 3), 48);
    }

    public BoundingBox box(int imageId) {
        return new BoundingBox(4, 5, size(imageId).width() - 12, 36.5);
    }

    /** Every fifth part (by id + image id) is invisible, written as {@code 0.0 0.0 0}. */
    public PartLocation part(int imageId, int partId) {
        if ((partId + imageId) % 5 == 0) {
            return new PartLocation(partId, 0, 0, false);
        }
        return new PartLocation(partId, 2 + 3 * partId, 4 + 2 * partId, true);
    }

    /** The line of parts/part_locs.txt that holds a part of an image. */
    public int partLocsLine(int imageId, int partId) {
        return (imageId - 1) * CubParts.COUNT + partId;
    }

    public List<Integer> discriminativeParts(int classId) {
        return List.of(classId, classId + 4, 14);
    }

    public boolean attributePresent(int imageId, int attributeId) {
        return (imageId + attributeId) % 3 == 0;
    }

    public int visibleCount(int partId) {
        return (int) IntStream.rangeClosed(1, imageCount()).filter(id -> part(id, partId).visible()).count();
    }

    public Path file(String relative) {
        return root.resolve(relative);
    }

    public Path imageFile(int imageId) {
        return root.resolve("images").resolve(relativePath(imageId));
    }

    /** Replaces line {@code number} (1-based) of a text file. */
    public void replaceLine(String file, int number, String text) {
        List<String> lines = readLines(file);
        lines.set(number - 1, text);
        writeLines(file, lines);
    }

    public void deleteLine(String file, int number) {
        List<String> lines = readLines(file);
        lines.remove(number - 1);
        writeLines(file, lines);
    }

    public void appendLine(String file, String text) {
        List<String> lines = readLines(file);
        lines.add(text);
        writeLines(file, lines);
    }

    public void writeImage(int imageId, BufferedImage image, String format) {
        Path file = imageFile(imageId);
        try {
            Files.createDirectories(file.getParent());
            if (!ImageIO.write(image, format, file.toFile())) {
                throw new IllegalStateException("no ImageIO writer for " + format);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bird-like picture: an ellipse in the class's colour on a sky background. */
    public BufferedImage drawBird(int imageId) {
        ImageSize size = size(imageId);
        BufferedImage image = new BufferedImage(size.width(), size.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(150, 200, 240));
        g.fillRect(0, 0, size.width(), size.height());
        g.setColor(List.of(Color.RED, Color.BLUE, Color.GREEN).get(classId(imageId) - 1));
        g.fillOval(8, 8, size.width() - 20, 30);
        g.dispose();
        return image;
    }

    private List<String> partLines(boolean asClicks) {
        List<String> lines = new ArrayList<>();
        for (int id = 1; id <= imageCount(); id++) {
            for (int partId = 1; partId <= CubParts.COUNT; partId++) {
                PartLocation part = part(id, partId);
                if (asClicks && !part.visible()) {
                    continue;
                }
                lines.add(id + " " + partId + " " + part.x() + " " + part.y() + " " + (part.visible() ? 1 : 0)
                        + (asClicks ? " 1.25" : ""));
            }
        }
        return lines;
    }

    /** Like real CUB, one label line carries an extra trailing column. */
    private void writeAttributes() {
        writeLines("attributes/attributes.txt", range(ATTRIBUTES.size(), id -> id + " " + ATTRIBUTES.get(id - 1)));
        List<String> lines = new ArrayList<>();
        for (int id = 1; id <= imageCount(); id++) {
            for (int attribute = 1; attribute <= ATTRIBUTES.size(); attribute++) {
                lines.add(id + " " + attribute + " " + (attributePresent(id, attribute) ? 1 : 0) + " 3 12.5"
                        + (id == 2 && attribute == 1 ? " 0" : ""));
            }
        }
        writeLines("attributes/image_attribute_labels.txt", lines);
    }

    private String discriminativeText(int classId) {
        return String.join(" ", discriminativeParts(classId).stream().map(String::valueOf).toList());
    }

    private static String boxText(BoundingBox box) {
        return box.x() + " " + box.y() + " " + box.width() + " " + box.height();
    }

    private static List<String> range(int count, IntFunction<String> line) {
        List<String> lines = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            lines.add(line.apply(id));
        }
        return lines;
    }

    private List<String> readLines(String file) {
        try {
            return new ArrayList<>(Files.readAllLines(file(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLines(String file, List<String> lines) {
        try {
            Files.createDirectories(file(file).getParent());
            Files.write(file(file), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
