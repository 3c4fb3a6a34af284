package xspace.data.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import xspace.data.BoundingBox;
import xspace.data.CubParts;
import xspace.data.PartLocation;

/**
 * Writes the text files of the CUB layout for a generated dataset, always in id order with
 * '\n' line ends, so the same dataset gives the same bytes. Floats have one decimal, as in CUB.
 */
final class CubLayoutWriter {

    /** CUB's certainty ids: 1 = not visible, 4 = definitely. */
    private static final int NOT_VISIBLE = 1;
    private static final int DEFINITELY = 4;
    private static final List<String> CERTAINTIES = List.of("not visible", "guessing", "probably", "definitely");

    private final Path root;

    CubLayoutWriter(Path root) {
        this.root = root;
    }

    void write(SpeciesCatalog catalog, DatasetPlan plan, ImageAnnotation[] annotations, SynthOptions options)
            throws IOException {
        Files.createDirectories(root.resolve("parts"));
        Files.createDirectories(root.resolve("attributes"));
        writeIndex(catalog, plan);
        writeAnnotations(plan, annotations);
        writeDiscriminativeParts(catalog);
        writeAttributes(plan, annotations);
        Files.writeString(root.resolve("synth.json"), SynthManifest.json(options, plan), StandardCharsets.UTF_8);
    }

    private void writeIndex(SpeciesCatalog catalog, DatasetPlan plan) throws IOException {
        StringBuilder images = new StringBuilder();
        StringBuilder labels = new StringBuilder();
        StringBuilder split = new StringBuilder();
        for (DatasetPlan.Slot slot : plan.slots()) {
            images.append(slot.id()).append(' ').append(slot.relativePath()).append('\n');
            labels.append(slot.id()).append(' ').append(slot.species().id()).append('\n');
            split.append(slot.id()).append(' ').append(slot.training() ? 1 : 0).append('\n');
        }
        StringBuilder classes = new StringBuilder();
        catalog.species().forEach(s -> classes.append(s.id()).append(' ').append(s.classDirectory()).append('\n'));
        StringBuilder parts = new StringBuilder();
        for (int id = 1; id <= CubParts.COUNT; id++) {
            parts.append(id).append(' ').append(CubParts.NAMES.get(id - 1)).append('\n');
        }
        write("images.txt", images);
        write("image_class_labels.txt", labels);
        write("train_test_split.txt", split);
        write("classes.txt", classes);
        write("parts/parts.txt", parts);
    }

    private void writeAnnotations(DatasetPlan plan, ImageAnnotation[] annotations) throws IOException {
        StringBuilder boxes = new StringBuilder();
        try (BufferedWriter locations = writer("parts/part_locs.txt")) {
            for (DatasetPlan.Slot slot : plan.slots()) {
                ImageAnnotation annotation = annotations[slot.index()];
                BoundingBox box = annotation.box();
                boxes.append(slot.id()).append(' ').append(decimal(box.x())).append(' ').append(decimal(box.y()))
                        .append(' ').append(decimal(box.width())).append(' ').append(decimal(box.height()))
                        .append('\n');
                for (PartLocation part : annotation.parts()) {
                    locations.append(String.valueOf(slot.id())).append(' ').append(String.valueOf(part.partId()))
                            .append(' ').append(decimal(part.x())).append(' ').append(decimal(part.y()))
                            .append(' ').append(part.visible() ? '1' : '0').append('\n');
                }
            }
        }
        write("bounding_boxes.txt", boxes);
    }

    private void writeDiscriminativeParts(SpeciesCatalog catalog) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (Species species : catalog.species()) {
            lines.append(species.id());
            catalog.discriminativePartIds(species).forEach(id -> lines.append(' ').append(id));
            lines.append('\n');
        }
        write("parts/discriminative_parts.txt", lines);
    }

    private void writeAttributes(DatasetPlan plan, ImageAnnotation[] annotations) throws IOException {
        StringBuilder names = new StringBuilder();
        AttributeVocabulary.all().forEach(a -> names.append(a.id()).append(' ').append(a.name()).append('\n'));
        write("attributes/attributes.txt", names);
        StringBuilder certainties = new StringBuilder();
        for (int i = 0; i < CERTAINTIES.size(); i++) {
            certainties.append(i + 1).append(' ').append(CERTAINTIES.get(i)).append('\n');
        }
        write("attributes/certainties.txt", certainties);
        try (BufferedWriter labels = writer("attributes/image_attribute_labels.txt")) {
            StringBuilder line = new StringBuilder(32);
            for (DatasetPlan.Slot slot : plan.slots()) {
                ImageAnnotation annotation = annotations[slot.index()];
                boolean[] shown = new boolean[BodyRegion.values().length];
                for (BodyRegion region : BodyRegion.values()) {
                    shown[region.ordinal()] = annotation.shows(region);
                }
                for (AttributeVocabulary.Attribute attribute : AttributeVocabulary.all()) {
                    boolean present = slot.species().value(attribute.trait()).equals(attribute.value());
                    int certainty = shown[attribute.trait().region().ordinal()] ? DEFINITELY : NOT_VISIBLE;
                    line.setLength(0);
                    line.append(slot.id()).append(' ').append(attribute.id()).append(' ').append(present ? 1 : 0)
                            .append(' ').append(certainty).append(" 0.0\n");
                    labels.append(line);
                }
            }
        }
    }

    private void write(String file, CharSequence text) throws IOException {
        Files.writeString(root.resolve(file), text, StandardCharsets.UTF_8);
    }

    private BufferedWriter writer(String file) throws IOException {
        return Files.newBufferedWriter(root.resolve(file), StandardCharsets.UTF_8);
    }

    /** One decimal, rounded half up, locale-independent: {@code 12.3}, {@code 0.0}. */
    static String decimal(double value) {
        long tenths = Math.round(value * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + tenths / 10 + "." + tenths % 10;
    }
}
