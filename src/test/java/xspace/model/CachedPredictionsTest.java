package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.NpyFile;
import xspace.engine.TaskMonitor;

/** Predictions, accuracy and class scores read from cached logits, skipped rows left out. */
class CachedPredictionsTest {

    @TempDir
    Path dir;

    @Test
    void predictionsAccuracyAndScoresComeFromTheLogits() throws Exception {
        // Image 10 + i in row i; rows 0-2 training, 3-6 test; row 5 could not be read (NaN, skipped).
        float[][] logits = {
            {3, 1, 0}, {0, 2, 1}, {0, 0, 5},
            {4, 1, 1}, {1, 0, 2}, {Float.NaN, Float.NaN, Float.NaN}, {0, 7, 1},
        };
        int[] labels = {0, 1, 1, 0, 0, 2, 1};
        List<FeatureIndex.Entry> entries = new ArrayList<>();
        for (int i = 0; i < logits.length; i++) {
            entries.add(new FeatureIndex.Entry(i, 10 + i, labels[i], i < 3));
        }
        FeatureIndex.write(dir, entries);
        NpyFile.write(dir.resolve(FeatureExtractor.LOGITS_FILE), logits);
        Files.writeString(dir.resolve(SkippedImages.FILE), "row,image_id,reason\n5,15,truncated\n");

        CachedPredictions p = CachedPredictions.read(dir, FeatureIndex.usable(dir), TaskMonitor.NONE);
        assertThat(p.predicted(10)).isZero();
        assertThat(p.predicted(12)).isEqualTo(2);
        assertThat(p.right(11)).isTrue();
        assertThat(p.right(12)).isFalse();
        assertThat(p.has(15)).isFalse();
        assertThat(p.testAccuracy()).isEqualTo(new CachedPredictions.Accuracy(3, 2));
        assertThat(p.testAccuracy().fraction()).isEqualTo(2.0 / 3);
        assertThat(p.scores(1, TaskMonitor.NONE)).hasSize(6).containsEntry(16, 7f).containsEntry(10, 1f)
                .doesNotContainKey(15);
        assertThatThrownBy(() -> p.predicted(15)).hasMessageContaining("image 15 has no cached features");
        assertThat(new CachedPredictions.Accuracy(0, 0).fraction()).isNaN();
    }
}
