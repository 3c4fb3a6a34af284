package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.engine.CancelledException;
import xspace.engine.TaskMonitor;

class CnnTrainingTest {

    private static final int SIZE = 16;

    @TempDir
    Path dir;

    private final TinyImages images = new TinyImages(SIZE);

    private CnnTrainer trainer(int epochs, Path checkpoints) {
        TrainingOptions options = TrainingOptions.defaults().withEpochs(epochs).withBatchSize(8)
                .withLearningRate(5e-3).withValidation(0.2, 100).withAugmentation(Augmentation.NONE).withSeed(3);
        return new CnnTrainer(TinyImages.network(SIZE, 1), TinyImages.labelled(40), images, options, checkpoints);
    }

    @Test
    void trainingLowersTheLoss() throws Exception {
        List<EpochRecord> epochs = new ArrayList<>();
        CnnTrainer.Result result = trainer(6, dir.resolve("ckpt"))
                .train(TinyImages.network(SIZE, 1), TaskMonitor.NONE, epochs::add);
        assertThat(epochs).hasSize(6);
        assertThat(epochs.get(5).trainLoss()).isLessThan(epochs.get(0).trainLoss() * 0.8);
        assertThat(result.history()).isEqualTo(epochs);
        assertThat(result.bestEpoch()).isBetween(1, 6);
    }

    @Test
    void validationImagesAreHeldOutPerClass() {
        CnnTrainer trainer = trainer(1, dir.resolve("ckpt"));
        assertThat(trainer.validationImages()).hasSize(8);
        assertThat(trainer.validationImages()).extracting(LabelledImage::label).containsOnly(0, 1);
    }

    @Test
    void trainingResumesFromTheLastCheckpoint() throws Exception {
        Path checkpoints = dir.resolve("ckpt");
        trainer(2, checkpoints).train(TinyImages.network(SIZE, 1), TaskMonitor.NONE, e -> { });
        List<EpochRecord> resumed = new ArrayList<>();
        CnnTrainer.Result result = trainer(3, checkpoints).train(TinyImages.network(SIZE, 1), TaskMonitor.NONE,
                resumed::add);
        assertThat(resumed).extracting(EpochRecord::epoch).containsExactly(3);
        assertThat(result.history()).extracting(EpochRecord::epoch).containsExactly(1, 2, 3);
    }

    @Test
    void cancellingKeepsTheLastCheckpointIntact() throws Exception {
        Path checkpoints = dir.resolve("ckpt");
        trainer(1, checkpoints).train(TinyImages.network(SIZE, 1), TaskMonitor.NONE, e -> { });
        byte[] before = Files.readAllBytes(checkpoints.resolve("last.zip"));
        AtomicInteger calls = new AtomicInteger();
        TaskMonitor cancelAfterTwoBatches = new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
                calls.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return calls.get() >= 2;
            }
        };
        assertThatThrownBy(() -> trainer(3, checkpoints).train(TinyImages.network(SIZE, 1), cancelAfterTwoBatches,
                e -> { })).isInstanceOf(CancelledException.class);
        assertThat(Files.readAllBytes(checkpoints.resolve("last.zip"))).isEqualTo(before);
        assertThat(CnnStore.load(checkpoints.resolve("last.zip")).network().params())
                .isNotNull();
    }
}
