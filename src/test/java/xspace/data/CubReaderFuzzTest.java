package xspace.data;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import xspace.engine.TaskMonitor;

/**
 * The CUB reader on damaged files: a valid small dataset with one of its text files replaced by, or
 * extended with, fuzzed bytes. In either validation mode the only exception allowed is the
 * documented {@link DatasetException}; anything else is a finding. Without JAZZER_FUZZ the inputs
 * under {@code CubReaderFuzzTestInputs} are replayed.
 */
class CubReaderFuzzTest {

    private static final List<String> FILES = List.of(CubTables.IMAGES, CubTables.CLASSES, CubTables.LABELS,
            CubTables.SPLIT, CubTables.BOXES, CubTables.PARTS, PartLocsTable.FILE, AttributeTables.NAMES, AttributeTables.LABELS,
            CubExtras.CLICKS, CubExtras.DISCRIMINATIVE);

    private static Path root;
    private static Path pristine;

    @BeforeAll
    static void dataset() throws IOException {
        root = Files.createTempDirectory("cub-fuzz");
        pristine = CubFixture.at(root.resolve("pristine")).write().root();
    }

    @AfterAll
    static void remove() throws IOException {
        try (var files = Files.walk(root)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @FuzzTest(maxDuration = "30s")
    void damagedTextFilesGiveOnlyDatasetExceptions(FuzzedDataProvider data) throws IOException {
        Path file = pristine.resolve(data.pickValue(FILES));
        if (!Files.exists(file)) {
            return;
        }
        byte[] original = Files.readAllBytes(file);
        boolean append = data.consumeBoolean();
        // raw bytes, not text: invalid UTF-8 must be refused by line like any other damage
        byte[] fuzzed = data.consumeRemainingAsBytes();
        try {
            Files.write(file, append ? concat(original, fuzzed) : fuzzed);
            for (ValidationMode mode : ValidationMode.values()) {
                try {
                    // the images are not fuzzed: reading their headers keeps the inputs per second up
                    CubReader.read(pristine, mode, ImageCheck.HEADER, TaskMonitor.NONE);
                } catch (DatasetException expected) {
                    // The documented refusal, naming file and line.
                }
            }
        } finally {
            Files.write(file, original);
        }
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
