package xspace.data.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.CubReader;
import xspace.data.ValidationMode;
import xspace.engine.TaskMonitor;

/** A run stopped at any progress report leaves no dataset folder that looks whole, and nothing beside it. */
class SyntheticBirdsInterruptionTest {

    @TempDir
    Path dir;

    private static final SynthOptions OPTIONS = SynthOptions.defaults().withSpecies(2).withPerSpecies(3).withSize(32);

    @Test
    void aStoppedRunLeavesNoDatasetAndTheNextOneWritesItWhole() throws Exception {
        Path root = dir.resolve("birds");
        int crashes = 0;
        for (int k = 1; ; k++) {
            try {
                SyntheticBirds.generate(root, OPTIONS, new StopAt(k));
                break;
            } catch (IllegalStateException stopped) {
                crashes++;
                assertThat(root).as("after a stop at report %d", k).doesNotExist();
                try (var left = Files.list(dir)) {
                    assertThat(left.toList()).as("nothing left beside it").isEmpty();
                }
            }
        }
        assertThat(crashes).isGreaterThanOrEqualTo(2);
        assertThat(CubReader.read(root, ValidationMode.STRICT).images()).hasSize(6);
    }

    @Test
    void anEmptyFolderIsFilledAndAFolderWithFilesIsWrittenInPlace() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        SyntheticBirds.generate(empty, OPTIONS, TaskMonitor.NONE);
        assertThat(CubReader.read(empty, ValidationMode.STRICT).images()).hasSize(6);
        SyntheticBirds.generate(empty, OPTIONS, TaskMonitor.NONE);
        assertThat(CubReader.read(empty, ValidationMode.STRICT).images()).hasSize(6);
        try (var left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString()).toList()).isEqualTo(List.of("empty"));
        }
    }

    private static final class StopAt implements TaskMonitor {
        private final int k;
        private int reports;

        StopAt(int k) {
            this.k = k;
        }

        @Override
        public void progress(double fraction, String message) {
            if (++reports == k) {
                throw new IllegalStateException("stopped at report " + k);
            }
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }
}
