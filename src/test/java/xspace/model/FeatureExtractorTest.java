package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.data.NpyFile;
import xspace.engine.CancelledException;
import xspace.engine.TaskMonitor;

class FeatureExtractorTest {

    @TempDir
    Path dir;

    private final TinyImages images = new TinyImages(16);
    private final ExplainedCnn cnn = TinyImages.network(16, 9);

    private List<FeatureIndex.Entry> entries(int count) {
        List<FeatureIndex.Entry> entries = new ArrayList<>();
        for (int row = 0; row < count; row++) {
            entries.add(new FeatureIndex.Entry(row, row + 1, (row + 1) % 2, row % 3 != 0));
        }
        return entries;
    }

    @Test
    void featuresWrittenEqualTheNetworkOutput() throws Exception {
        List<FeatureIndex.Entry> entries = entries(11);
        new FeatureExtractor(cnn, images, 4).extract(entries, dir, TaskMonitor.NONE);
        float[][] z = NpyFile.readAll(dir.resolve(FeatureExtractor.Z_FILE));
        float[][] logits = NpyFile.readAll(dir.resolve(FeatureExtractor.LOGITS_FILE));
        assertThat(z).hasNumberOfRows(11);
        for (int row : new int[] {0, 5, 10}) {
            INDArray input = cnn.preprocessor().batch(List.of(images.load(row + 1)));
            ExplainedCnn.Forward forward = cnn.forward(input);
            assertThat(z[row]).containsExactly(forward.z().toFloatVector(), org.assertj.core.data.Offset.offset(1e-5f));
            assertThat(logits[row]).containsExactly(forward.logits().toFloatVector(),
                    org.assertj.core.data.Offset.offset(1e-5f));
        }
        assertThat(FeatureIndex.read(dir)).isEqualTo(entries);
        assertThat(FeatureExtractor.isComplete(dir, entries)).isTrue();
    }

    @Test
    void anInterruptedExtractionResumesWhereItStopped() throws Exception {
        List<FeatureIndex.Entry> entries = entries(12);
        TaskMonitor cancelAfterFirstBatch = new TaskMonitor() {
            private int batches;

            @Override
            public void progress(double fraction, String message) {
                batches++;
            }

            @Override
            public boolean isCancelled() {
                return batches >= 1;
            }
        };
        FeatureExtractor extractor = new FeatureExtractor(cnn, images, 4);
        assertThatThrownBy(() -> extractor.extract(entries, dir, cancelAfterFirstBatch))
                .isInstanceOf(CancelledException.class);
        assertThat(FeatureExtractor.isComplete(dir, entries)).isFalse();
        assertThat(extractor.extract(entries, dir, TaskMonitor.NONE)).isEqualTo(8);
        float[][] resumed = NpyFile.readAll(dir.resolve(FeatureExtractor.Z_FILE));
        new FeatureExtractor(cnn, images, 4).extract(entries, dir.resolve("fresh"), TaskMonitor.NONE);
        assertThat(resumed).isEqualTo(NpyFile.readAll(dir.resolve("fresh").resolve(FeatureExtractor.Z_FILE)));
    }
}
