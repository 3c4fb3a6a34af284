package xspace.explain;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** A trained explanation module of one class: Z → x-features E → ȳ_j = vᵀE + b. */
public final class ExplanationModule {

    private final ModuleInfo info;
    private final ModuleParameters parameters;

    public ExplanationModule(ModuleInfo info, ModuleParameters parameters) {
        this.info = info;
        this.parameters = parameters;
    }

    public ModuleInfo info() {
        return info;
    }

    public ModuleParameters parameters() {
        return parameters;
    }

    /** E for a batch of Z rows (batch × n). */
    public INDArray xFeatures(INDArray z) {
        return ModuleForward.xFeatures(parameters, z.castTo(parameters.get("W1").dataType()));
    }

    /** ȳ_j for a batch of Z rows (batch × 1). */
    public INDArray predict(INDArray z) {
        return ModuleForward.predict(parameters, z.castTo(parameters.get("W1").dataType()));
    }

    /** The explanation of one image from its Z. */
    public Explanation explain(float[] z) {
        INDArray row = Nd4j.create(z, new long[] {1, z.length}, 'c');
        double[] e = xFeatures(row).castTo(DataType.DOUBLE).toDoubleVector();
        double[] v = parameters.get("v").castTo(DataType.DOUBLE).toDoubleVector();
        return Explanation.of(e, v, parameters.get("b").getDouble(0));
    }
}
