package xspace.workspace.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.data.NpyFile;
import xspace.model.FeatureExtractor;
import xspace.model.FeatureIndex;
import xspace.model.SkippedImages;
import xspace.workspace.session.ZRows;

/** The cached features as the application reads them: an image skipped at extraction is not there. */
class ZRowsTest {

    @TempDir
    Path dir;

    @Test
    void aSkippedImageIsLeftOutAndBlocksStayAligned() throws Exception {
        List<FeatureIndex.Entry> entries = new ArrayList<>();
        float[][] z = new float[5][];
        for (int row = 0; row < 5; row++) {
            entries.add(new FeatureIndex.Entry(row, 100 + row, row % 2, true));
            z[row] = new float[] {row, 10 * row};
        }
        z[2] = new float[] {Float.NaN, Float.NaN};
        FeatureIndex.write(dir, entries);
        NpyFile.write(dir.resolve(FeatureExtractor.Z_FILE), z);
        NpyFile.write(dir.resolve(FeatureExtractor.LOGITS_FILE), z);
        Files.writeString(dir.resolve(SkippedImages.FILE), "row,image_id,reason\n2,102,images/x.jpg: truncated\n",
                StandardCharsets.UTF_8);

        ZRows table = new ZRows(dir);

        assertThat(table.entries()).extracting(FeatureIndex.Entry::imageId).containsExactly(100, 101, 103, 104);
        assertThat(table.has(102)).isFalse();
        assertThat(table.zBlock(1, 3)).isEqualTo(new float[][] {{1, 10}, {3, 30}, {4, 40}});
        assertThatThrownBy(() -> table.z(102)).hasMessageContaining("image 102 has no cached features");
    }
}
