package xspace.model;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the run in a checkpoint folder of {@link CnnTrainer} stands, read without loading its
 * network: enough to tell an interrupted run, which {@code --resume} continues, from a finished
 * one, which it would only hand back.
 *
 * @param epoch     the last epoch finished
 * @param bestEpoch the epoch of the best validation accuracy
 * @param sinceBest epochs finished since the best one
 */
public record CheckpointedRun(int epoch, int bestEpoch, int sinceBest) {

    private static final Gson GSON = new Gson();

    /** The run in the folder, if it holds one that training would resume (its state and last network). */
    public static Optional<CheckpointedRun> in(Path checkpoints) {
        Path state = checkpoints.resolve("state.json");
        if (!Files.isRegularFile(state) || !Files.exists(checkpoints.resolve("last.zip"))) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(GSON.fromJson(Files.readString(state, StandardCharsets.UTF_8),
                    CheckpointedRun.class));
        } catch (IOException | JsonParseException e) {
            throw new ModelException(state + ": not the state of a training run (" + e.getMessage() + ")", e);
        }
    }

    /** Whether training with these options would stop at once: the epochs are done or patience ran out. */
    public boolean finishedUnder(TrainingOptions options) {
        return epoch >= options.epochs() || sinceBest >= options.patience();
    }
}
