package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubParts;
import xspace.engine.TaskMonitor;

/** A small generated dataset has every CUB file, with the right lines in the right shape. */
class SynthDatasetFilesTest {

    private static final SynthOptions OPTIONS = SynthOptions.defaults().withSpecies(4).withPerSpecies(5)
            .withSize(48).withSeed(3).withTrainFraction(0.6);
    private static final int IMAGES = 20;

    @TempDir
    static Path root;
    static SynthSummary summary;

    @BeforeAll
    static void generate() throws IOException {
        summary = SyntheticBirds.generate(root, OPTIONS, TaskMonitor.NONE);
    }

    @Test
    void theSummaryCountsImagesClassesAndTheSplit() {
        assertThat(summary.images()).isEqualTo(IMAGES);
        assertThat(summary.classes()).isEqualTo(4);
        assertThat(summary.training()).isEqualTo(12);
        assertThat(summary.test()).isEqualTo(8);
        assertThat(summary.imagesPerSecond()).isPositive();
    }

    @Test
    void indexFilesHaveOneLinePerImageOrClassInIdOrder() throws IOException {
        assertThat(lines("images.txt")).hasSize(IMAGES).allMatch(l -> l.matches("\\d+ \\d{3}\\.[A-Za-z_]+/[A-Za-z_]+_\\d{4}\\.jpg"));
        assertThat(lines("image_class_labels.txt")).hasSize(IMAGES).startsWith("1 1").endsWith("20 4");
        assertThat(lines("train_test_split.txt")).hasSize(IMAGES).allMatch(l -> l.matches("\\d+ [01]"));
        assertThat(lines("classes.txt")).hasSize(4).allMatch(l -> l.matches("\\d \\d{3}\\.[A-Z][A-Za-z_]+"));
        assertThat(lines("bounding_boxes.txt")).hasSize(IMAGES)
                .allMatch(l -> l.matches("\\d+ \\d+\\.\\d \\d+\\.\\d \\d+\\.\\d \\d+\\.\\d"));
        for (int i = 0; i < IMAGES; i++) {
            assertThat(lines("images.txt").get(i)).startsWith((i + 1) + " ");
        }
    }

    @Test
    void partFilesHaveTheFifteenCubPartsAndFifteenLocationsPerImage() throws IOException {
        assertThat(lines("parts/parts.txt")).hasSize(15).startsWith("1 back").contains("7 left eye").endsWith("15 throat");
        List<String> locations = lines("parts/part_locs.txt");
        assertThat(locations).hasSize(IMAGES * CubParts.COUNT);
        for (int i = 0; i < locations.size(); i++) {
            String[] f = locations.get(i).split(" ");
            assertThat(f).hasSize(5);
            assertThat(Integer.parseInt(f[0])).isEqualTo(i / CubParts.COUNT + 1);
            assertThat(Integer.parseInt(f[1])).isEqualTo(i % CubParts.COUNT + 1);
            if (f[4].equals("0")) {
                assertThat(f[2] + " " + f[3]).isEqualTo("0.0 0.0");
            } else {
                assertThat(Double.parseDouble(f[2])).isBetween(0.0, 48.0);
            }
        }
        assertThat(lines("parts/discriminative_parts.txt")).hasSize(4).allMatch(l -> l.matches("\\d( \\d{1,2})+"));
    }

    @Test
    void attributeFilesFollowCub() throws IOException {
        List<String> names = lines("attributes/attributes.txt");
        assertThat(names).hasSize(AttributeVocabulary.all().size()).contains("3 has_bill_shape::hooked")
                .anyMatch(l -> l.endsWith(" has_crown_color::red"));
        List<String> labels = lines("attributes/image_attribute_labels.txt");
        assertThat(labels).hasSize(IMAGES * names.size()).allMatch(l -> l.matches("\\d+ \\d+ [01] [14] 0\\.0"));
        assertThat(lines("attributes/certainties.txt")).hasSize(4);
        // each image has exactly one value per trait
        long present = labels.stream().filter(l -> l.split(" ")[2].equals("1")).count();
        assertThat(present).isEqualTo((long) IMAGES * Trait.values().length);
    }

    @Test
    void everyImageExistsAtTheRequestedSize() throws IOException {
        for (String line : lines("images.txt")) {
            BufferedImage image = ImageIO.read(root.resolve("images").resolve(line.split(" ", 2)[1]).toFile());
            assertThat(image.getWidth()).isEqualTo(48);
            assertThat(image.getHeight()).isEqualTo(48);
        }
    }

    @Test
    void theManifestRecordsTheOptions() throws IOException {
        String json = Files.readString(root.resolve("synth.json"));
        assertThat(json).contains("\"seed\": 3", "\"species\": 4", "\"perSpecies\": 5", "\"imageSize\": 48",
                "\"trainFraction\": 0.6", "\"format\": \"jpg\"", "\"generatorVersion\": " + SyntheticBirds.VERSION);
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(root.resolve(file));
    }
}
