package xspace.explain;

import java.util.HashMap;
import java.util.Map;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import xspace.engine.RowBroadcast;

/**
 * The training objective of an explanation module and its exact gradient, for SRAE and the NN and
 * SAE baselines. Eq. (4) of the paper (its reconstruction term in {@link ReconstructionPenalty},
 * its λ of each parameter in {@link ParameterGroup}):
 * <pre>
 *   Σ_i w_i (vᵀE_i + b − ŷ_i)²  +  β · (1/S_z) Σ_k log(1 + q·Q_k)  +  λ1‖θ‖² + λ2‖θ̃‖² + λ3‖v‖²
 *   Q_k = (1/m) Σ_i (R_ik − Z_ik)²                                        (eq. 2, 3)
 * </pre>
 * with example weights w summing to 1 (positives up-weighted; all equal gives the paper's mean).
 * SAE replaces the log penalty by the plain mean β·(1/S_z) Σ_k Q_k; NN has no reconstruction.
 * Weight decay applies to weights only, never to biases. The optional pull-away term (authors'
 * later code, not eq. 4) adds α·mean_{a≠b} cos²(F_a, F_b) for the columns of F = E ⊙ vᵀ.
 */
public final class SraeObjective {

    private final ReconstructionPenalty reconstructionPenalty;
    private final Hyperparameters h;
    private ModuleParameters lambdaOwner;
    private INDArray lambdaCache;

    public SraeObjective(ExplanationMethod method, Hyperparameters hyperparameters) {
        this.reconstructionPenalty = method.penalty();
        this.h = hyperparameters;
    }

    /**
     * The loss terms of one batch and, when asked, the gradient of their sum: flat, aligned with
     * {@link ModuleParameters#flat()}, and by name as views of it.
     */
    public record Value(LossTerms terms, INDArray flatGradient, Map<String, INDArray> gradients) {

        public double total() {
            return terms.total();
        }
    }

    public Value evaluate(ModuleParameters p, INDArray z, INDArray target, INDArray weights, INDArray dropoutScale,
            boolean gradients) {
        ModuleForward f = new ModuleForward(p, z, dropoutScale);
        INDArray error = f.yBar.sub(target);
        double faithfulness = error.mul(error).muli(weights).sumNumber().doubleValue();
        double reconstruction = 0;
        INDArray dR = null;
        if (reconstructionPenalty != ReconstructionPenalty.NONE && h.beta() > 0) {
            INDArray diff = f.reconstruction.sub(z);
            INDArray perDimension = diff.mul(diff).mean(0);
            reconstruction = reconstructionPenalty.value(perDimension, h);
            INDArray slope = reconstructionPenalty.slope(perDimension, h);
            dR = RowBroadcast.mul(diff, slope.reshape(1, z.size(1))).muli(2.0 / z.size(0));
        }
        INDArray lambdas = lambdas(p);
        double penalty = p.flat().mul(p.flat()).muli(lambdas).sumNumber().doubleValue();
        PullAway pullAway = h.pullAway() > 0 ? new PullAway(f.e, p.get("v")) : null;
        double pt = pullAway == null ? 0 : h.pullAway() * pullAway.value;
        LossTerms terms = LossTerms.of(faithfulness, reconstruction, penalty, pt);
        if (!gradients) {
            return new Value(terms, null, Map.of());
        }
        INDArray flat = p.flatten(backward(p, f, error.muli(weights).muli(2), dR, pullAway));
        flat.addi(lambdas.mul(p.flat()).muli(2));
        return new Value(terms, flat, p.views(flat));
    }

    /** λ of each parameter entry, aligned with the flat parameters; computed once per parameter set. */
    private INDArray lambdas(ModuleParameters p) {
        if (lambdaOwner != p) {
            lambdaCache = p.spread(name -> ParameterGroup.decay(name, h));
            lambdaOwner = p;
        }
        return lambdaCache;
    }

    private Map<String, INDArray> backward(ModuleParameters p, ModuleForward f, INDArray dYBar, INDArray dR,
            PullAway pullAway) {
        Map<String, INDArray> g = new HashMap<>();
        g.put("v", f.e.transpose().mmul(dYBar));
        g.put("b", dYBar.sum(0).reshape(1, 1));
        INDArray dE = dYBar.mmul(p.get("v").transpose());
        if (pullAway != null) {
            dE.addi(pullAway.dE.mul(h.pullAway()));
            g.get("v").addi(pullAway.dV.mul(h.pullAway()));
        }
        if (p.hasDecoder()) {
            if (dR == null) {
                dR = Nd4j.zeros(f.reconstruction.dataType(), f.reconstruction.shape());
            }
            INDArray dq2 = dense(g, "D3", "c3", f.r2, dR, p).muli(f.q2.gt(0).castTo(dR.dataType()));
            INDArray dq1 = dense(g, "D2", "c2", f.r1, dq2, p).muli(f.q1.gt(0).castTo(dR.dataType()));
            dE.addi(dense(g, "D1", "c1", f.e, dq1, p));
        }
        INDArray dp3 = dE.muli(f.p3.gt(0).castTo(dE.dataType()));
        INDArray dp2 = dense(g, "W3", "b3", f.a2, dp3, p).muli(f.p2.gt(0).castTo(dE.dataType()));
        INDArray da1 = dense(g, "W2", "b2", f.a1, dp2, p);
        if (f.dropoutScale != null) {
            da1.muli(f.dropoutScale);
        }
        INDArray dp1 = da1.muli(f.p1.gt(0).castTo(dE.dataType()));
        dense(g, "W1", "b1", f.z, dp1, p);
        return g;
    }

    /** Gradients of a dense layer out = in·W + b; returns the gradient with respect to its input. */
    private static INDArray dense(Map<String, INDArray> g, String weight, String bias, INDArray in, INDArray dOut,
            ModuleParameters p) {
        g.put(weight, in.transpose().mmul(dOut));
        g.put(bias, dOut.sum(0).reshape(1, dOut.size(1)));
        return dOut.mmul(p.get(weight).transpose());
    }

    /**
     * The pull-away term PT = mean over a≠b of cos²(F_a, F_b), F = E ⊙ vᵀ (batch × n), and its
     * gradients with respect to E and v.
     */
    private static final class PullAway {

        private static final double EPS = 1e-8;
        final double value;
        final INDArray dE;
        final INDArray dV;

        PullAway(INDArray e, INDArray v) {
            int n = (int) e.size(1);
            INDArray f = RowBroadcast.mul(e, v.reshape(1, n));
            INDArray norms = f.norm2(0).addi(EPS).reshape(1, n);
            INDArray s = RowBroadcast.div(f, norms);
            INDArray gram = s.transpose().mmul(s);
            INDArray offDiagonal = gram.sub(Nd4j.diag(Nd4j.diag(gram)));
            double pairs = n * (n - 1.0);
            value = n < 2 ? 0 : offDiagonal.mul(offDiagonal).sumNumber().doubleValue() / pairs;
            INDArray dS = n < 2 ? s.mul(0) : s.mmul(offDiagonal).muli(4 / pairs);
            // Through s_a = f_a / |f_a|: df_a = (ds_a − s_a (s_aᵀ ds_a)) / |f_a|
            INDArray projection = s.mul(dS).sum(0).reshape(1, n);
            INDArray dF = RowBroadcast.divi(dS.sub(RowBroadcast.mul(s, projection)), norms);
            dE = RowBroadcast.mul(dF, v.reshape(1, n));
            dV = dF.mul(e).sum(0).reshape(n, 1);
        }
    }
}
