package xspace.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.engine.TaskMonitor;

/**
 * Chooses a module's hyperparameters by k-fold cross-validation on the training sample, over a
 * small grid of β, q and λ (only the settings a method uses: {@link ExplanationMethod#grid}). Each setting is trained on k − 1
 * folds and scored by the weighted squared error of ȳ_j on the held-out fold; settings whose
 * fold models were degenerate in most folds are passed over while any other setting remains.
 */
public final class CrossValidation {

    private final ExplanationMethod method;
    private final int n;
    private final int folds;
    private final ModuleShape.Widths widths;

    public CrossValidation(ExplanationMethod method, int n, int folds) {
        this(method, n, folds, null);
    }

    /** Cross-validation of modules with given hidden widths (null: {@link ModuleShape#forZ}). */
    public CrossValidation(ExplanationMethod method, int n, int folds, ModuleShape.Widths widths) {
        if (folds < 2) {
            throw new IllegalArgumentException("cross-validation needs at least 2 folds, found " + folds);
        }
        this.method = method;
        this.n = n;
        this.folds = folds;
        this.widths = widths;
    }

    /** One setting's mean validation error and how many of its fold models were degenerate. */
    public record Score(Hyperparameters hyperparameters, double validationError, int degenerateFolds) {
    }

    /** The grid for this method, built on {@code base} (epochs, batch size and the rest kept). */
    public List<Hyperparameters> grid(Hyperparameters base) {
        return method.grid(base);
    }

    public List<Score> scores(ClassSample sample, Hyperparameters base, long seed, TaskMonitor monitor) {
        List<Hyperparameters> grid = grid(base);
        int[][] foldRows = folds(sample, seed);
        List<Score> scores = new ArrayList<>();
        for (int g = 0; g < grid.size(); g++) {
            double error = 0;
            int degenerate = 0;
            for (int f = 0; f < folds; f++) {
                monitor.checkCancelled();
                ClassSample train = sample.rows(others(foldRows, f));
                ClassSample held = sample.rows(foldRows[f]);
                ModuleTrainer.Result result = new ModuleTrainer(method, n, 1, widths).train(train, grid.get(g), seed + f,
                        TaskMonitor.NONE);
                degenerate += result.attempts().get(0).degenerate() ? 1 : 0;
                INDArray residual = ModuleForward.predict(result.parameters(), held.z()).sub(held.target());
                error += residual.mul(residual).muli(grid.get(g).exampleWeights(held)).sumNumber().doubleValue() / folds;
                monitor.progress(g * folds + f + 1, (long) grid.size() * folds, "cross-validation");
            }
            scores.add(new Score(grid.get(g), error, degenerate));
        }
        return scores;
    }

    /** The best setting: lowest validation error among those not degenerate in most folds. */
    public Hyperparameters choose(ClassSample sample, Hyperparameters base, long seed, TaskMonitor monitor) {
        List<Score> scores = scores(sample, base, seed, monitor);
        Comparator<Score> byError = Comparator.comparingDouble(Score::validationError);
        return scores.stream().filter(s -> 2 * s.degenerateFolds() <= folds).min(byError)
                .or(() -> scores.stream().min(byError)).orElseThrow().hyperparameters();
    }

    /** Folds stratified by positive/negative so that every fold holds positives. */
    private int[][] folds(ClassSample sample, long seed) {
        // a fold without positives scores nothing the class's module is for, and an empty one
        // (more folds than examples) cannot be scored at all
        int positiveRows = 0;
        for (boolean p : sample.positive()) {
            positiveRows += p ? 1 : 0;
        }
        if (folds > positiveRows) {
            throw new IllegalArgumentException(folds + " folds of cross-validation, but the class's training sample has "
                    + positiveRows + " positive example" + (positiveRows == 1 ? "" : "s") + " and each fold needs one"
                    + (positiveRows >= 2 ? ": use at most " + positiveRows + " folds" : ": train without --cv"));
        }
        List<List<Integer>> folded = new ArrayList<>();
        for (int f = 0; f < folds; f++) {
            folded.add(new ArrayList<>());
        }
        Random random = new Random(seed);
        int[] order = Batches.permutation(sample.size(), random);
        int positives = 0;
        int negatives = 0;
        for (int row : order) {
            int fold = sample.positive()[row] ? positives++ % folds : negatives++ % folds;
            folded.get(fold).add(row);
        }
        return folded.stream().map(l -> l.stream().mapToInt(Integer::intValue).sorted().toArray()).toArray(int[][]::new);
    }

    private static int[] others(int[][] folds, int except) {
        List<Integer> rows = new ArrayList<>();
        for (int f = 0; f < folds.length; f++) {
            if (f != except) {
                for (int row : folds[f]) {
                    rows.add(row);
                }
            }
        }
        return rows.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
