package xspace.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Which of a module's training attempts it keeps: among those that fit their training sample
 * ({@link TrainingAttempt#unfit}) if there are any, a non-degenerate attempt if there is one (the
 * most local on the training positives where attempts were judged so, then the lowest training
 * Freg among them), otherwise the attempt with the lowest training Freg. Never
 * simply the last: each retry raises β, which buys non-degeneracy with faithfulness, so a last
 * attempt that is still degenerate is usually the least faithful of all.
 */
public final class AttemptChoice {

    private AttemptChoice() {
    }

    /** The index of the attempt to keep. */
    public static int choose(List<TrainingAttempt> attempts) {
        if (attempts.isEmpty()) {
            throw new IllegalArgumentException("no attempts to choose from");
        }
        Comparator<Integer> byFit = Comparator.comparing(i -> attempts.get(i).unfit());
        Comparator<Integer> byDegeneracy = Comparator.comparing(i -> attempts.get(i).degenerate());
        Comparator<Integer> byLocality = Comparator.comparingDouble(i -> locality(attempts.get(i)));
        Comparator<Integer> byFreg = Comparator.comparingDouble(i -> attempts.get(i).trainFreg());
        return IntStream.range(0, attempts.size()).boxed()
                .min(byFit.thenComparing(byDegeneracy).thenComparing(byLocality).thenComparing(byFreg)).orElseThrow();
    }

    /** An attempt's training locality; one not judged, or judged on no parts, comes after every judged one. */
    private static double locality(TrainingAttempt attempt) {
        Double h = attempt.trainLocality();
        return h == null || h.isNaN() ? Double.POSITIVE_INFINITY : h;
    }

    /** The attempts with the chosen one marked accepted. */
    public static List<TrainingAttempt> marked(List<TrainingAttempt> attempts, int chosen) {
        List<TrainingAttempt> out = new ArrayList<>(attempts);
        out.set(chosen, attempts.get(chosen).accept());
        return List.copyOf(out);
    }
}
