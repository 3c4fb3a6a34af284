package xspace.attribution;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.ops.transforms.Transforms;
import xspace.engine.RowBroadcast;

/**
 * Convolution and dense layers under Excitation Backprop, one rule for both: with W⁺ = max(W, 0)
 * and no bias, N = W⁺a and P_in = a ⊙ (W⁺ᵀ (P_out ⊘ N)) (Zhang et al. 2016, eq. 2, whose
 * normaliser Z_j is 1/N_j). Both are matrix products over the patches of a (im2col): N = W⁺ ·
 * patches, and W⁺ᵀ · (P_out ⊘ N) is folded back onto the input grid (col2im) before the product
 * with a. A dense layer is a convolution whose one patch is a itself, so for it im2col and col2im
 * drop out. Only the input gradient is computed, never a weight gradient, which halves the cost of
 * a DL4J backward pass.
 */
final class PositiveWeights implements ExcitationRule {

    /** The convolution's configuration, or null for a dense layer. */
    private final ConvolutionLayer conf;
    private final CNN2DFormat format;
    /** W⁺ as [outputs × inChannels·kH·kW], the row layout im2col patches use. */
    private final INDArray positive;
    private final int inChannels;

    private PositiveWeights(ConvolutionLayer conf, INDArray positive, int inChannels) {
        this.conf = conf;
        this.format = conf == null ? null : SpatialLayout.format(conf);
        this.positive = positive;
        this.inChannels = inChannels;
    }

    /** @param weights the layer's weights [out, in, kH, kW] (DL4J keeps this order in both layouts) */
    static PositiveWeights convolution(ConvolutionLayer conf, INDArray weights) {
        INDArray positive = Transforms.relu(weights, true).reshape('c', new long[] {weights.size(0),
                weights.size(1) * weights.size(2) * weights.size(3)});
        return new PositiveWeights(conf, positive, (int) weights.size(1));
    }

    /** @param weights the layer's weights [inputs × outputs]; only their positive part is kept */
    static PositiveWeights dense(INDArray weights) {
        return new PositiveWeights(null, Transforms.relu(weights, true).transpose(), (int) weights.size(0));
    }

    @Override
    public Prepared prepare(INDArray input, INDArray output) {
        if (conf == null) {
            INDArray aRow = input.reshape(1, input.length());
            INDArray inverse = Normalisers.inverse(aRow.mmul(positive.transpose()));
            return pOut -> RowBroadcast.muli(RowBroadcast.mul(pOut, inverse).mmul(positive), aRow);
        }
        INDArray a = SpatialLayout.toNchw(input, format);
        int[] in = {(int) a.size(2), (int) a.size(3)};
        int[] out = SpatialLayout.size(output, format);
        KernelGeometry g = KernelGeometry.of(conf.getKernelSize(), conf.getStride(), conf.getPadding(),
                conf.getDilation(), conf.getConvolutionMode(), in, out);
        INDArray patches = Nd4j.createUninitialized(a.dataType(), 1, inChannels, g.kH(), g.kW(), out[0], out[1]);
        Convolution.im2col(a, g.kH(), g.kW(), g.sH(), g.sW(), g.pH(), g.pW(), g.dH(), g.dW(), false, patches);
        INDArray normalisers = positive.mmul(patches.reshape('c', new long[] {positive.size(1), (long) out[0] * out[1]}));
        INDArray inverse = Normalisers.inverse(normalisers).reshape(1, normalisers.length());
        INDArray aRow = a.reshape(1, a.length());
        return pOut -> down(pOut, inverse, aRow, g, in, out);
    }

    private INDArray down(INDArray pOut, INDArray inverse, INDArray aRow, KernelGeometry g, int[] in, int[] out) {
        int n = (int) pOut.size(0);
        long outChannels = positive.size(0);
        long area = (long) out[0] * out[1];
        INDArray scaled = RowBroadcast.mul(SpatialLayout.toNchw(pOut, format).reshape(n, outChannels * area), inverse);
        INDArray byChannel = scaled.reshape(n, outChannels, area).permute(1, 0, 2).dup('c')
                .reshape(outChannels, n * area);
        INDArray columns = positive.transpose().mmul(byChannel)
                .reshape('c', new long[] {inChannels, g.kH(), g.kW(), n, out[0], out[1]}).permute(3, 0, 1, 2, 4, 5);
        INDArray pIn = Nd4j.create(aRow.dataType(), n, inChannels, in[0], in[1]);
        Convolution.col2im(columns, pIn, g.sH(), g.sW(), g.pH(), g.pW(), in[0], in[1], g.dH(), g.dW());
        RowBroadcast.muli(pIn.reshape(n, aRow.length()), aRow);
        return SpatialLayout.fromNchw(pIn, format);
    }
}
