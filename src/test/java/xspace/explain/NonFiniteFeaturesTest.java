package xspace.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.NonFiniteValueException;
import xspace.data.NpyFile;
import xspace.model.FeatureExtractor;
import xspace.model.FeatureIndex;

class NonFiniteFeaturesTest {

    @TempDir
    Path dir;

    private void write(float poison, int poisonedRow, String poisonedFile) throws Exception {
        List<FeatureIndex.Entry> entries = new ArrayList<>();
        float[][] z = new float[8][3];
        float[][] logits = new float[8][2];
        for (int row = 0; row < 8; row++) {
            entries.add(new FeatureIndex.Entry(row, 100 + row, row % 2, row < 6));
            z[row] = new float[] {row, 1, 2};
            logits[row] = new float[] {row % 2, 1 - row % 2};
        }
        (poisonedFile.equals(FeatureExtractor.Z_FILE) ? z : logits)[poisonedRow][1] = poison;
        FeatureIndex.write(dir, entries);
        NpyFile.write(dir.resolve(FeatureExtractor.Z_FILE), z);
        NpyFile.write(dir.resolve(FeatureExtractor.LOGITS_FILE), logits);
    }

    @Test
    void aNanInZIsRefusedWithFileRowAndImage() throws Exception {
        write(Float.NaN, 3, FeatureExtractor.Z_FILE);
        assertThatThrownBy(() -> new ClassSampler(dir).sample(1, SamplingPlan.paper(1)))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageContaining("z.npy").hasMessageContaining("row 3 (image 103), column 1: NaN");
    }

    @Test
    void anInfiniteLogitIsRefused() throws Exception {
        write(Float.NEGATIVE_INFINITY, 6, FeatureExtractor.LOGITS_FILE);
        assertThatThrownBy(() -> new ClassSampler(dir).sample(0, SamplingPlan.paper(1)))
                .isInstanceOf(NonFiniteValueException.class)
                .hasMessageContaining("logits.npy").hasMessageContaining("row 6 (image 106)").hasMessageContaining("-Infinity");
    }

    @Test
    void finiteFeaturesAreSampled() throws Exception {
        write(5f, 3, FeatureExtractor.Z_FILE);
        ClassSampler.Split split = new ClassSampler(dir).sample(1, SamplingPlan.paper(1));
        assertThat(split.train().size() + split.test().size()).isEqualTo(8);
    }
}
