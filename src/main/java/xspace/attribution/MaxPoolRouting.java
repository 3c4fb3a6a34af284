package xspace.attribution;

import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Max pooling under Excitation Backprop: all of a window's probability goes to the input that won
 * the forward pass (the first maximum in the window, row by row), as ordinary backprop routes it.
 */
final class MaxPoolRouting implements ExcitationRule {

    private final SubsamplingLayer conf;

    MaxPoolRouting(SubsamplingLayer conf) {
        this.conf = conf;
    }

    @Override
    public Prepared prepare(INDArray input, INDArray output) {
        PoolingWindows windows = new PoolingWindows(conf, input, output);
        double[] a = MaxPoolRouting.values(input);
        int[] winner = new int[windows.outputSize()];
        int[] outputIndex = new int[windows.outputSize()];
        for (int o = 0; o < winner.length; o++) {
            int best = -1;
            for (int i : windows.window(o)) {
                if (best < 0 || a[i] > a[best]) {
                    best = i;
                }
            }
            winner[o] = best;
            outputIndex[o] = windows.outputIndex(o);
        }
        return pOut -> route(pOut, winner, outputIndex, windows.inputSize(), input);
    }

    private static INDArray route(INDArray pOut, int[] winner, int[] outputIndex, int inputSize, INDArray input) {
        int n = (int) pOut.size(0);
        double[] p = values(pOut);
        int outSize = (int) (pOut.length() / n);
        double[] pIn = new double[n * inputSize];
        for (int row = 0; row < n; row++) {
            for (int o = 0; o < winner.length; o++) {
                if (winner[o] >= 0) {
                    pIn[row * inputSize + winner[o]] += p[row * outSize + outputIndex[o]];
                }
            }
        }
        return shaped(pIn, n, input);
    }

    /** All values of an array in C order. */
    static double[] values(INDArray x) {
        return x.reshape('c', new long[] {x.length()}).toDoubleVector();
    }

    /** A batch of {@code n} arrays shaped like {@code like} (whose batch is one). */
    static INDArray shaped(double[] values, int n, INDArray like) {
        long[] shape = like.shape().clone();
        shape[0] = n;
        return Nd4j.create(values, shape, 'c').castTo(like.dataType());
    }
}
