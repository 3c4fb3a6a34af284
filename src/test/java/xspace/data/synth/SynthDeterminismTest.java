package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.image.BufferedImage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubParts;
import xspace.data.PartLocation;
import xspace.engine.CancelledException;
import xspace.engine.TaskMonitor;

/** The same options give the same bytes, whatever the number of threads; another seed does not. */
class SynthDeterminismTest {

    private static final SynthOptions OPTIONS = SynthOptions.defaults().withSpecies(3).withPerSpecies(4)
            .withSize(40).withSeed(42);

    @TempDir
    Path temp;

    @Test
    void twoRunsWithTheSameSeedWriteIdenticalFilesOnAnyNumberOfThreads() throws IOException {
        Map<String, String> one = hashes(generate("one", OPTIONS.withThreads(1)));
        Map<String, String> three = hashes(generate("three", OPTIONS.withThreads(3)));
        assertThat(one).hasSize(12 + 12);
        assertThat(three).isEqualTo(one);
    }

    @Test
    void pngOutputIsDeterministicToo() throws IOException {
        SynthOptions png = OPTIONS.withFormat(ImageFormat.PNG).withPerSpecies(2);
        assertThat(hashes(generate("a", png))).isEqualTo(hashes(generate("b", png.withThreads(2))));
    }

    @Test
    void eachWrittenImageAndItsPartsAreARenderingOfItsScene() throws IOException {
        SynthOptions png = OPTIONS.withFormat(ImageFormat.PNG);
        Path root = generate("png", png);
        DatasetPlan plan = DatasetPlan.of(SyntheticBirds.catalog(png), png);
        List<String> locations = Files.readAllLines(root.resolve("parts/part_locs.txt"));
        for (DatasetPlan.Slot slot : plan.slots()) {
            Scene scene = SyntheticBirds.scene(png, slot);
            BufferedImage expected = SceneRenderer.render(scene, RenderStyle.PHOTO).image();
            BufferedImage written = ImageIO.read(root.resolve("images").resolve(slot.relativePath()).toFile());
            for (int y = 0; y < expected.getHeight(); y += 3) {
                for (int x = 0; x < expected.getWidth(); x += 3) {
                    assertThat(written.getRGB(x, y)).isEqualTo(expected.getRGB(x, y));
                }
            }
            List<PartLocation> parts = PartAnnotator.annotate(scene);
            for (PartLocation part : parts) {
                String line = locations.get(slot.index() * CubParts.COUNT + part.partId() - 1);
                String[] f = line.split(" ");
                assertThat(Double.parseDouble(f[2])).isCloseTo(part.x(), within(0.051));
                assertThat(Double.parseDouble(f[3])).isCloseTo(part.y(), within(0.051));
                assertThat(f[4]).isEqualTo(part.visible() ? "1" : "0");
            }
        }
    }

    @Test
    void anotherSeedGivesOtherImagesAndSpecies() throws IOException {
        Map<String, String> first = hashes(generate("seed42", OPTIONS));
        Map<String, String> second = hashes(generate("seed43", OPTIONS.withSeed(43)));
        assertThat(second).isNotEqualTo(first);
        assertThat(Files.readString(temp.resolve("seed43/classes.txt")))
                .isNotEqualTo(Files.readString(temp.resolve("seed42/classes.txt")));
    }

    @Test
    void aCancelledRunStopsWithCancelledException() {
        AtomicInteger checks = new AtomicInteger();
        TaskMonitor cancelLater = new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
            }

            @Override
            public boolean isCancelled() {
                return checks.incrementAndGet() > 3;
            }
        };
        Path root = temp.resolve("cancelled");
        assertThatThrownBy(() -> SyntheticBirds.generate(root, OPTIONS.withPerSpecies(50), cancelLater))
                .isInstanceOf(CancelledException.class);
        assertThat(root.resolve("images.txt")).doesNotExist();
    }

    private Path generate(String name, SynthOptions options) throws IOException {
        Path root = temp.resolve(name);
        SyntheticBirds.generate(root, options, TaskMonitor.NONE);
        return root;
    }

    /** SHA-256 of every file under the root, by relative path. */
    private static Map<String, String> hashes(Path root) throws IOException {
        Map<String, String> hashes = new TreeMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            hashes.put(root.relativize(file).toString(), sha256(Files.readAllBytes(file)));
        }
        return hashes;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
