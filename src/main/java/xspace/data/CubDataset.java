package xspace.data;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A CUB-layout dataset as {@link CubReader} read it: classes, images with their boxes and parts,
 * and the problems found. It holds no pixels: {@link #loadImage} reads the file each time, so that
 * all of CUB's 11,788 images never sit in memory at once.
 */
public final class CubDataset {

    private final Path root;
    private final List<BirdClass> classes;
    private final List<BirdImage> images;
    private final List<String> partNames;
    private final List<DatasetProblem> problems;
    private final List<String> missingImages;
    private final CubAttributes attributes;
    private final OptionalInt clickLocationCount;
    private final Map<Integer, List<Integer>> discriminativeParts;
    private final Map<Integer, BirdClass> classById;
    private final Map<Integer, BirdImage> imageById;
    private final Map<Integer, List<BirdImage>> imagesByClass;

    CubDataset(Path root, List<BirdClass> classes, List<BirdImage> images, List<String> partNames,
               List<DatasetProblem> problems, List<String> missingImages, CubAttributes attributes,
               OptionalInt clickLocationCount, Map<Integer, List<Integer>> discriminativeParts) {
        this.root = root;
        this.classes = List.copyOf(classes);
        this.images = List.copyOf(images);
        this.partNames = List.copyOf(partNames);
        this.problems = List.copyOf(problems);
        this.missingImages = List.copyOf(missingImages);
        this.attributes = attributes;
        this.clickLocationCount = clickLocationCount;
        this.discriminativeParts = Collections.unmodifiableMap(new TreeMap<>(discriminativeParts));
        this.classById = this.classes.stream().collect(Collectors.toMap(BirdClass::id, Function.identity()));
        this.imageById = this.images.stream().collect(Collectors.toMap(BirdImage::id, Function.identity()));
        this.imagesByClass = this.images.stream().collect(Collectors.groupingBy(BirdImage::classId,
                TreeMap::new, Collectors.toUnmodifiableList()));
    }

    public Path root() {
        return root;
    }

    /** The classes in id order. */
    public List<BirdClass> classes() {
        return classes;
    }

    /** The images in id order; in a lenient read, without those that had to be skipped. */
    public List<BirdImage> images() {
        return images;
    }

    /** Part names in part-id order, as parts/parts.txt gives them. */
    public List<String> partNames() {
        return partNames;
    }

    /** Every problem found; empty for a clean dataset (always empty after a strict read). */
    public List<DatasetProblem> problems() {
        return problems;
    }

    /** Paths under images/ listed in images.txt whose file does not exist. */
    public List<String> missingImages() {
        return missingImages;
    }

    public Optional<CubAttributes> attributes() {
        return Optional.ofNullable(attributes);
    }

    /** The number of annotator clicks in parts/part_click_locs.txt, when the file exists. */
    public OptionalInt clickLocationCount() {
        return clickLocationCount;
    }

    /** Discriminative part ids by class id; empty when the dataset has no such ground truth. */
    public Map<Integer, List<Integer>> discriminativeParts() {
        return discriminativeParts;
    }

    /** The discriminative part ids of one class; empty when unknown. */
    public List<Integer> discriminativeParts(int classId) {
        return discriminativeParts.getOrDefault(classId, List.of());
    }

    /** The image with an id; throws when the dataset has none (or skipped it). */
    public BirdImage image(int id) {
        BirdImage image = imageById.get(id);
        if (image == null) {
            throw new IllegalArgumentException("no image with id " + id + " in " + root);
        }
        return image;
    }

    public BirdClass classOf(BirdImage image) {
        return classById.get(image.classId());
    }

    public List<BirdImage> imagesOf(int classId) {
        return imagesByClass.getOrDefault(classId, List.of());
    }

    public List<BirdImage> trainImages() {
        return images.stream().filter(BirdImage::training).toList();
    }

    public List<BirdImage> testImages() {
        return images.stream().filter(image -> !image.training()).toList();
    }

    /** How many images have a part visible. */
    public int visibleCount(int partId) {
        return (int) images.stream().filter(image -> image.part(partId).visible()).count();
    }

    public Path imagePath(BirdImage image) {
        return root.resolve("images").resolve(image.relativePath());
    }

    /**
     * Reads the image from disk as TYPE_INT_RGB; nothing is cached. The file is checked again
     * (a regular file inside images/), as it may have changed since the dataset was read.
     */
    public BufferedImage loadImage(BirdImage image) {
        String name = "images/" + Echo.plain(image.relativePath());
        return ImageLoading.loadRgb(imageFolder().require(image.relativePath(), name), name);
    }

    /** The image's size from its file header, without decoding it. */
    public ImageSize imageSize(BirdImage image) {
        String name = "images/" + Echo.plain(image.relativePath());
        return ImageLoading.readSize(imageFolder().require(image.relativePath(), name), name);
    }

    private ImageFolder imageFolder() {
        return new ImageFolder(root.resolve("images"));
    }
}
