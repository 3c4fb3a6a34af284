package xspace.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The hyperparameters cross-validation searches and the values it tries for each; a method
 * searches only the axes its objective has ({@link ExplanationMethod#searched()}).
 */
public enum GridAxis {
    /** β, the weight of the reconstruction term. */
    BETA(new double[] {5, 10, 20}) {
        @Override
        Hyperparameters apply(Hyperparameters h, double value) {
            return h.withBeta(value);
        }
    },
    /** q, the sparsity parameter of the log penalty. */
    Q(new double[] {10, 100}) {
        @Override
        Hyperparameters apply(Hyperparameters h, double value) {
            return h.withQ(value);
        }
    },
    /** λ, one L2 weight for all three parameter groups. */
    LAMBDA(new double[] {1e-4, 1e-3}) {
        @Override
        Hyperparameters apply(Hyperparameters h, double value) {
            return h.withLambda(value);
        }
    };

    private final double[] values;

    GridAxis(double[] values) {
        this.values = values;
    }

    abstract Hyperparameters apply(Hyperparameters h, double value);

    /**
     * Every combination of the searched axes' values on {@code base}, the others kept; the first
     * axis (in declaration order) varies slowest.
     */
    static List<Hyperparameters> grid(Set<GridAxis> searched, Hyperparameters base) {
        List<Hyperparameters> grid = List.of(base);
        for (GridAxis axis : values()) {
            if (!searched.contains(axis)) {
                continue;
            }
            List<Hyperparameters> next = new ArrayList<>();
            for (Hyperparameters h : grid) {
                for (double value : axis.values) {
                    next.add(axis.apply(h, value));
                }
            }
            grid = next;
        }
        return grid;
    }
}
