package xspace.explain;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;
import xspace.engine.RowBroadcast;

/**
 * One forward pass of an explanation module over a batch Z, keeping what the backward pass needs:
 * encoder pre-activations p1..p3 and activations a1, a2, E; the prediction ȳ = E v + b; and,
 * when there is a decoder, its pre-activations q1, q2 and the reconstruction R.
 */
final class ModuleForward {

    final INDArray z;
    final INDArray p1;
    final INDArray a1;
    final INDArray p2;
    final INDArray a2;
    final INDArray p3;
    final INDArray e;
    final INDArray yBar;
    final INDArray q1;
    final INDArray r1;
    final INDArray q2;
    final INDArray r2;
    final INDArray reconstruction;
    final INDArray dropoutScale;

    /** @param dropoutScale mask already divided by the keep probability, or null at inference */
    ModuleForward(ModuleParameters p, INDArray z, INDArray dropoutScale) {
        this(p, z, dropoutScale, true);
    }

    private ModuleForward(ModuleParameters p, INDArray z, INDArray dropoutScale, boolean decode) {
        this.z = z;
        this.dropoutScale = dropoutScale;
        p1 = RowBroadcast.addi(z.mmul(p.get("W1")), p.get("b1"));
        INDArray relu1 = Transforms.relu(p1, true);
        a1 = dropoutScale == null ? relu1 : relu1.muli(dropoutScale);
        p2 = RowBroadcast.addi(a1.mmul(p.get("W2")), p.get("b2"));
        a2 = Transforms.relu(p2, true);
        p3 = RowBroadcast.addi(a2.mmul(p.get("W3")), p.get("b3"));
        e = Transforms.relu(p3, true);
        yBar = e.mmul(p.get("v")).addi(p.get("b").getDouble(0));
        if (decode && p.hasDecoder()) {
            q1 = RowBroadcast.addi(e.mmul(p.get("D1")), p.get("c1"));
            r1 = Transforms.relu(q1, true);
            q2 = RowBroadcast.addi(r1.mmul(p.get("D2")), p.get("c2"));
            r2 = Transforms.relu(q2, true);
            reconstruction = RowBroadcast.addi(r2.mmul(p.get("D3")), p.get("c3"));
        } else {
            q1 = r1 = q2 = r2 = reconstruction = null;
        }
    }

    /** The x-features E (batch × n) of a batch, without dropout. */
    static INDArray xFeatures(ModuleParameters p, INDArray z) {
        return new ModuleForward(p, z, null, false).e;
    }

    /** The predictions ȳ (batch × 1) of a batch, without dropout. */
    static INDArray predict(ModuleParameters p, INDArray z) {
        return new ModuleForward(p, z, null, false).yBar;
    }
}
