package xspace.explain;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * The sign allowed to the predictor weights v of ȳ = vᵀE + b. Eq. (4) leaves v free; with v ≥ 0
 * (and E ≥ 0 from the ReLU) every x-feature can only add evidence for the class, so the
 * explanation of a class's own images cannot rest on x-features that serve the other classes
 * through a negative weight, and b carries the rest.
 */
public enum PredictorSign {
    /** v unconstrained, as eq. (4). */
    ANY {
        @Override
        void step(INDArray v, INDArray gradient, Runnable optimiserStep) {
            optimiserStep.run();
        }

        @Override
        public void start(INDArray v) {
        }

        @Override
        public void startBias(INDArray b, INDArray target) {
            // b as initialised, near 0: started at the mean class score, the module fits the
            // negatives with b and the positives with one x-feature (docs/explanation-modules.md)
        }
    },
    /**
     * v ≥ 0 as v = exp(u), the optimiser moving u: a weight that the gradient pushes down shrinks
     * towards zero without reaching it, so its x-feature keeps a gradient (clipping v at zero
     * instead left such x-features dead for good, measured in PredictorSignTest).
     */
    NON_NEGATIVE {
        @Override
        void step(INDArray v, INDArray gradient, Runnable optimiserStep) {
            INDArray before = v.dup();
            gradient.muli(before); // ∂L/∂u = ∂L/∂v · v
            optimiserStep.run(); // moved v by −Δu as if it were u
            INDArray deltaU = before.sub(v);
            v.assign(before.muli(Transforms.exp(deltaU.negi(), false)));
        }

        @Override
        public void start(INDArray v) {
            // |v|: a weight starting at zero would stay there
            v.assign(Transforms.abs(v, true));
        }

        @Override
        public void startBias(INDArray b, INDArray target) {
            // ȳ ≥ b when v ≥ 0: from the lowest score, x-features add what every higher score needs
            b.assign(target.minNumber());
        }
    };

    /**
     * One optimisation step: {@code optimiserStep} moves every parameter, v included, by its
     * gradient; this adapts v's gradient beforehand and v's move afterwards to the allowed set.
     */
    abstract void step(INDArray v, INDArray gradient, Runnable optimiserStep);

    /** Makes a random starting v, in place, one of the allowed set without zeroing any weight. */
    public abstract void start(INDArray v);

    /** Sets the predictor's bias b, in place, before joint training (without pre-training). */
    public abstract void startBias(INDArray b, INDArray target);

    /** The option's spelling on the command line: {@code any} or {@code non-negative}. */
    public String optionName() {
        return OptionSpelling.of(this);
    }

    /** Parses {@link #optionName()}; the error names the allowed values. */
    public static PredictorSign parse(String text) {
        return OptionSpelling.parse(PredictorSign.class, "predictor sign", text);
    }
}
