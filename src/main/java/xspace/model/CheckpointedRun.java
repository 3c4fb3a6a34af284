package xspace.model;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import xspace.data.JsonProblem;
import xspace.engine.AtomicFiles;

/**
 * Where the run in a checkpoint folder of {@link CnnTrainer} stands ({@value #STATE}), read
 * without loading its network: the trainer resumes from it, and the command line tells an
 * interrupted run, which {@code --resume} continues, from a finished one, which it would only hand back.
 *
 * @param epoch        the last epoch finished
 * @param bestEpoch    the epoch of the best validation accuracy
 * @param bestAccuracy that accuracy (the training accuracy where there are no validation images)
 * @param sinceBest    epochs finished since the best one
 * @param history      every finished epoch's record
 */
public record CheckpointedRun(int epoch, int bestEpoch, double bestAccuracy, int sinceBest,
        List<EpochRecord> history) {

    static final String STATE = "state.json";
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();

    public CheckpointedRun {
        history = history == null ? List.of() : List.copyOf(history);
    }

    /** A run before its first epoch. */
    static CheckpointedRun start() {
        return new CheckpointedRun(0, 0, -1, 0, List.of());
    }

    /** The run in the folder, if it holds one that training would resume (its state and last network). */
    public static Optional<CheckpointedRun> in(Path checkpoints) {
        Path state = checkpoints.resolve(STATE);
        if (!Files.isRegularFile(state) || !Files.exists(lastNetwork(checkpoints))) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(GSON.fromJson(Files.readString(state, StandardCharsets.UTF_8),
                    CheckpointedRun.class));
        } catch (IOException | JsonParseException e) {
            throw new ModelException(state + ": not the state of a training run (" + (e instanceof JsonParseException j ? JsonProblem.reason(j) : e.getMessage()) + "); remove "
                    + checkpoints + " to train afresh", e);
        }
    }

    /** The network of the last epoch finished, which a resumed run continues. */
    static Path lastNetwork(Path checkpoints) {
        return checkpoints.resolve("last.zip");
    }

    /** Written whole or not at all, after the epoch's networks: a kill leaves the previous state. */
    void writeTo(Path checkpoints) throws IOException {
        AtomicFiles.writeString(checkpoints.resolve(STATE), GSON.toJson(this));
    }

    /** Where the run stands after another epoch; the validation accuracy decides the best epoch. */
    CheckpointedRun after(EpochRecord record) {
        List<EpochRecord> next = new ArrayList<>(history);
        next.add(record);
        double accuracy = Double.isNaN(record.validationAccuracy()) ? record.trainAccuracy() : record.validationAccuracy();
        boolean better = accuracy > bestAccuracy;
        return new CheckpointedRun(record.epoch(), better ? record.epoch() : bestEpoch,
                better ? accuracy : bestAccuracy, better ? 0 : sinceBest + 1, next);
    }

    /** Whether training with these options would stop at once: the epochs are done or patience ran out. */
    public boolean finishedUnder(TrainingOptions options) {
        return epoch >= options.epochs() || sinceBest >= options.patience();
    }
}
