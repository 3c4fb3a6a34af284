package xspace.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The state of a checkpointed training run, as the trainer writes it and both it and the command line read it. */
class CheckpointedRunTest {

    @TempDir
    Path dir;

    @Test
    void theStateWrittenAfterAnEpochIsReadBackWithItsHistory() throws Exception {
        // no validation images: the accuracies are NaN and the training accuracy decides the best epoch
        CheckpointedRun run = CheckpointedRun.start()
                .after(new EpochRecord(1, 1.5, 0.5, Double.NaN, Double.NaN, 2))
                .after(new EpochRecord(2, 1.2, 0.4, Double.NaN, Double.NaN, 2));
        run.writeTo(dir);
        Files.writeString(CheckpointedRun.lastNetwork(dir), "network");

        CheckpointedRun read = CheckpointedRun.in(dir).orElseThrow();

        assertThat(read).isEqualTo(run);
        assertThat(read.bestEpoch()).isEqualTo(1);
        assertThat(read.sinceBest()).isEqualTo(1);
        assertThat(read.history()).extracting(EpochRecord::epoch).containsExactly(1, 2);
        assertThat(read.finishedUnder(TrainingOptions.defaults().withEpochs(2))).isTrue();
        assertThat(read.finishedUnder(TrainingOptions.defaults().withEpochs(3))).isFalse();
    }

    @Test
    void aStateWithoutItsNetworkIsNoRunToResume() throws Exception {
        CheckpointedRun.start().after(new EpochRecord(1, 1, 1, 1, 1, 1)).writeTo(dir);
        assertThat(CheckpointedRun.in(dir)).isEmpty();
    }

    @Test
    void aDamagedStateIsRefusedNamingItsFile() throws Exception {
        Files.writeString(dir.resolve("state.json"), "{\"epoch\": [");
        Files.writeString(CheckpointedRun.lastNetwork(dir), "network");
        assertThatThrownBy(() -> CheckpointedRun.in(dir)).isInstanceOf(ModelException.class)
                .hasMessageStartingWith(dir.resolve("state.json") + ": not the state of a training run");
    }
}
