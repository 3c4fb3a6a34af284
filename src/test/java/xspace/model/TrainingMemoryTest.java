package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import xspace.engine.NativeMemory;
import xspace.engine.TaskMonitor;

/**
 * The native memory estimate of a training run, counted by hand for the tiny Keras model
 * (16 × 16 × 3 input, two 3 × 3 convolutions of 4 and 8 filters each followed by 2 × 2 pooling,
 * dense layers of 16 and 3 units), and the refusal of a run that does not fit.
 */
class TrainingMemoryTest {

    private static final TrainingOptions.Optimizer ADAM = TrainingOptions.Optimizer.ADAM;
    /** 112 + 296 + 2,064 + 51 parameters. */
    private static final long PARAMETERS = 2523;
    /** Input 768, conv 1,024, pool 256, conv 512, pool 128, dense 16 and 3 values. */
    private static final long ACTIVATIONS = 2707;
    /** The first convolution unfolds 16 × 16 positions of 3 × 3 × 3 inputs. */
    private static final long IM2COL = 16 * 16 * 27;

    @TempDir
    Path dir;

    private static ExplainedCnn tiny() throws Exception {
        return KerasImport.importModel(Path.of(TrainingMemoryTest.class.getResource("/keras/tiny_vgg_sequential.h5")
                .toURI()), null);
    }

    @Test
    void theEstimateCountsWeightsGradientsAdamStateAndTheBatch() throws Exception {
        ExplainedCnn cnn = tiny();
        TrainingMemory memory = TrainingMemory.of(cnn.network(), cnn.info(), ADAM);
        assertThat(memory).isEqualTo(new TrainingMemory(4, PARAMETERS, PARAMETERS, 2, ACTIVATIONS, IM2COL));
        assertThat(memory.fixedBytes()).isEqualTo(PARAMETERS * 4 * 4);
        assertThat(memory.bytesPerImage()).isEqualTo((2 * ACTIVATIONS + IM2COL) * 4);
        assertThat(memory.totalBytes(4)).isEqualTo(40_368 + 4 * 49_304);
        assertThat(TrainingMemory.of(cnn.network(), cnn.info(), TrainingOptions.Optimizer.SGD).updaterBytes())
                .isEqualTo(PARAMETERS * 4);
    }

    @Test
    void frozenLayersHoldNeitherGradientsNorUpdaterState() throws Exception {
        ExplainedCnn tuned = FineTuning.replaceHead(tiny(), List.of("a", "b", "c", "d", "e"), true, 1);
        TrainingMemory memory = TrainingMemory.of(tuned.network(), tuned.info(), ADAM);
        assertThat(memory.parameters()).isEqualTo(112 + 296 + 2064 + 16 * 5 + 5);
        assertThat(memory.trainable()).isEqualTo(2064 + 16 * 5 + 5);
    }

    @Test
    void aRunOverTheNativeBoundIsRefusedNamingTheSettingsAndABatchThatFits() {
        TrainingMemory memory = new TrainingMemory(4, PARAMETERS, PARAMETERS, 2, ACTIVATIONS, IM2COL);
        long gb = 1L << 30;
        assertThatThrownBy(() -> TrainingPreflight.check(memory, 4, ADAM, new NativeMemory.Limits(200_000, 0, gb)))
                .isInstanceOf(ModelException.class)
                .hasMessageStartingWith("training needs about 0.0 GB of native memory")
                .hasMessageContaining("JavaCPP allows 0.0 GB of native buffers (org.bytedeco.javacpp.maxBytes)")
                .hasMessageContaining("-Dorg.bytedeco.javacpp.maxBytes=1G -Dorg.bytedeco.javacpp.maxPhysicalBytes=2G")
                .hasMessageEndingWith("or train with --batch 3");
        assertThatCode(() -> TrainingPreflight.check(memory, 3, ADAM, new NativeMemory.Limits(200_000, 0, gb)))
                .doesNotThrowAnyException();
    }

    @Test
    void theProcessBoundLeavesRoomForTheHeapAndARunThatCannotFitAtAllSaysSo() {
        TrainingMemory memory = new TrainingMemory(4, PARAMETERS, PARAMETERS, 2, ACTIVATIONS, IM2COL);
        long heap = 1L << 30;
        NativeMemory.Limits limits = new NativeMemory.Limits(0, NativeMemory.HEADROOM + heap + 100_000, heap);
        assertThatThrownBy(() -> TrainingPreflight.check(memory, 4, ADAM, limits))
                .hasMessageContaining("(org.bytedeco.javacpp.maxPhysicalBytes), of which the heap may take 1.0 GB (-Xmx)")
                .hasMessageEndingWith("or train with --batch 1");
        NativeMemory.Limits tight = new NativeMemory.Limits(30_000, 0, 1L << 30);
        assertThatThrownBy(() -> TrainingPreflight.check(memory, 1, ADAM, tight))
                .hasMessageEndingWith("even a batch of one image does not fit now");
    }

    /** A batch far beyond any machine is refused before the first epoch writes a checkpoint. */
    @Test
    void theTrainerRefusesBeforeAnyWork() throws Exception {
        ExplainedCnn cnn = tiny();
        TrainingOptions options = TrainingOptions.defaults().withEpochs(1).withBatchSize(100_000_000);
        Path checkpoints = dir.resolve("ckpt");
        CnnTrainer trainer = new CnnTrainer(cnn, TinyImages.labelled(8), new TinyImages(16), options, checkpoints);
        assertThatThrownBy(() -> trainer.train(cnn, TaskMonitor.NONE, e -> { })).isInstanceOf(ModelException.class)
                .hasMessageContaining("--batch");
        assertThat(Files.exists(checkpoints.resolve("last.zip"))).isFalse();
    }
}
