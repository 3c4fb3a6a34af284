package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
