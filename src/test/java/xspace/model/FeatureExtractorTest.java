package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.data.DatasetException;
import xspace.data.DatasetProblem;
import xspace.data.NpyFile;
import xspace.engine.CancelledException;
import xspace.engine.TaskMonitor;
import xspace.explain.ClassSampler;
import xspace.explain.SamplingPlan;

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

    /** Image 6 (row 5, in the second batch of four) cannot be read. */
    private ImageSource withBadImage6() {
        return id -> {
            if (id == 6) {
                throw new DatasetException(new DatasetProblem("images/bad.jpg", 0, "the image data is truncated"));
            }
            return images.load(id);
        };
    }

    @Test
    void anUnreadableImageStopsTheRunNamingItAndARerunResumes() throws Exception {
        List<FeatureIndex.Entry> entries = entries(12);

        assertThatThrownBy(() -> new FeatureExtractor(cnn, withBadImage6(), 4).extract(entries, dir, TaskMonitor.NONE))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("images/bad.jpg: the image data is truncated. Feature extraction stopped at"
                        + " image 6 (row 5 of 12)")
                .hasMessageContaining("--on-bad-image skip");
        assertThat(FeatureExtractor.isComplete(dir, entries)).isFalse();
        assertThat(FeatureIndex.usable(dir)).as("the rows not yet written are zeros: never used")
                .extracting(FeatureIndex.Entry::row).containsExactly(0, 1, 2, 3);

        int written = new FeatureExtractor(cnn, withBadImage6(), 4, BadImagePolicy.SKIP)
                .extract(entries, dir, TaskMonitor.NONE);
        assertThat(written).as("the first batch was kept").isEqualTo(8);
        assertThat(SkippedImages.read(dir)).containsExactly(
                new SkippedImages.Skipped(5, 6, "images/bad.jpg: the image data is truncated"));
    }

    @Test
    void aSkippedImageHasNaNFeaturesAndIsNeverSampled() throws Exception {
        List<FeatureIndex.Entry> entries = entries(12);
        new FeatureExtractor(cnn, withBadImage6(), 4, BadImagePolicy.SKIP).extract(entries, dir, TaskMonitor.NONE);

        float[][] z = NpyFile.readAll(dir.resolve(FeatureExtractor.Z_FILE));
        float[][] logits = NpyFile.readAll(dir.resolve(FeatureExtractor.LOGITS_FILE));
        assertThat(z[5]).as("never zeros that could pass for features").containsOnly(Float.NaN);
        assertThat(logits[5]).containsOnly(Float.NaN);
        assertThat(z[4]).doesNotContain(Float.NaN);
        INDArray fresh = cnn.forward(cnn.preprocessor().batch(List.of(images.load(7)))).z();
        assertThat(z[6]).containsExactly(fresh.toFloatVector(), org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(FeatureIndex.usable(dir)).extracting(FeatureIndex.Entry::imageId).doesNotContain(6).hasSize(11);
        assertThat(FeatureExtractor.isComplete(dir, entries)).isTrue();

        ClassSampler sampler = new ClassSampler(dir);
        for (int label = 0; label < 2; label++) {
            ClassSampler.Split split = sampler.sample(label, SamplingPlan.paper(1));
            assertThat(split.train().size() + split.test().size()).as("every usable row").isEqualTo(11);
            assertThat(split.train().imageIds()).doesNotContain(6);
            assertThat(split.test().imageIds()).doesNotContain(6);
        }
    }

    @Test
    void aSkippedImageRepairedSinceGetsItsRowOnTheNextRun() throws Exception {
        List<FeatureIndex.Entry> entries = entries(12);
        new FeatureExtractor(cnn, withBadImage6(), 4, BadImagePolicy.SKIP).extract(entries, dir, TaskMonitor.NONE);
        assertThat(new FeatureExtractor(cnn, withBadImage6(), 4).extract(entries, dir, TaskMonitor.NONE))
                .as("still unreadable: still skipped, and the default policy does not stop on it").isZero();
        assertThat(SkippedImages.read(dir)).extracting(SkippedImages.Skipped::imageId).containsExactly(6);

        assertThat(new FeatureExtractor(cnn, images, 4).extract(entries, dir, TaskMonitor.NONE)).isEqualTo(1);
        assertThat(SkippedImages.read(dir)).isEmpty();
        float[][] z = NpyFile.readAll(dir.resolve(FeatureExtractor.Z_FILE));
        INDArray fresh = cnn.forward(cnn.preprocessor().batch(List.of(images.load(6)))).z();
        assertThat(z[5]).containsExactly(fresh.toFloatVector(), org.assertj.core.data.Offset.offset(1e-5f));
        assertThat(FeatureIndex.usable(dir)).hasSize(12);
    }
}
