package xspace.attribution;

import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Average (or sum) pooling under Excitation Backprop: a linear layer with equal positive weights
 * 1/k, so P_in = a ⊙ Σ_windows P_out / (k · out). The divisor k cancels against the one inside
 * out = Σ a / k, leaving P_out / Σ_window a, which is why the rule needs no divisor convention.
 */
final class AveragePoolExcitation implements ExcitationRule {

    private final SubsamplingLayer conf;

    AveragePoolExcitation(SubsamplingLayer conf) {
        this.conf = conf;
    }

    @Override
    public Prepared prepare(INDArray input, INDArray output) {
        PoolingWindows windows = new PoolingWindows(conf, input, output);
        double[] a = MaxPoolRouting.values(input);
        int[][] members = new int[windows.outputSize()][];
        double[] inverseSum = new double[members.length];
        int[] outputIndex = new int[members.length];
        for (int o = 0; o < members.length; o++) {
            members[o] = windows.window(o);
            double sum = 0;
            for (int i : members[o]) {
                sum += a[i];
            }
            inverseSum[o] = sum > 0 ? 1 / sum : 0;
            outputIndex[o] = windows.outputIndex(o);
        }
        return pOut -> {
            int n = (int) pOut.size(0);
            int outSize = (int) (pOut.length() / n);
            double[] p = MaxPoolRouting.values(pOut);
            double[] pIn = new double[n * a.length];
            for (int row = 0; row < n; row++) {
                for (int o = 0; o < members.length; o++) {
                    double share = p[row * outSize + outputIndex[o]] * inverseSum[o];
                    for (int i : members[o]) {
                        pIn[row * a.length + i] += a[i] * share;
                    }
                }
            }
            return MaxPoolRouting.shaped(pIn, n, input);
        };
    }
}
