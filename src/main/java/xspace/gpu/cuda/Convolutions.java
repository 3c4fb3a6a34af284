package xspace.gpu.cuda;

import static org.bytedeco.cuda.global.cudnn.CUDNN_CROSS_CORRELATION;
import static org.bytedeco.cuda.global.cudnn.CUDNN_DATA_FLOAT;
import static org.bytedeco.cuda.global.cudnn.CUDNN_DEFAULT_MATH;
import static org.bytedeco.cuda.global.cudnn.CUDNN_FMA_MATH;
import static org.bytedeco.cuda.global.cudnn.cudnnConvolutionBackwardData;
import static org.bytedeco.cuda.global.cudnn.cudnnConvolutionForward;
import static org.bytedeco.cuda.global.cudnn.cudnnCreateConvolutionDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnDestroyConvolutionDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnGetConvolutionBackwardDataAlgorithm_v7;
import static org.bytedeco.cuda.global.cudnn.cudnnGetConvolutionForwardAlgorithm_v7;
import static org.bytedeco.cuda.global.cudnn.cudnnSetConvolution2dDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnSetConvolutionMathType;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.cuda.cudnn.cudnnConvolutionBwdDataAlgoPerf_t;
import org.bytedeco.cuda.cudnn.cudnnConvolutionFwdAlgoPerf_t;
import org.bytedeco.cuda.cudnn.cudnnConvolutionStruct;
import org.bytedeco.cuda.cudnn.cudnnFilterStruct;
import org.bytedeco.cuda.cudnn.cudnnTensorStruct;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;
import xspace.gpu.MathMode;
import xspace.gpu.Step;

/**
 * cuDNN convolutions forward and backward-data, each with the algorithm cuDNN's heuristics rank
 * first for the layer and batch, chosen once. In exact mode the descriptor allows FMA kernels
 * only; otherwise it takes the math type that the chosen algorithm reports (TF32 on Ampere and later).
 */
final class Convolutions implements AutoCloseable {

    private static final int CANDIDATES = 8;
    private static final FloatPointer ONE = new FloatPointer(1f);
    private static final FloatPointer ZERO = new FloatPointer(0f);

    private record Plan(cudnnTensorStruct x, cudnnFilterStruct w, cudnnConvolutionStruct conv, cudnnTensorStruct y,
            int algorithm, long workspace) {
    }

    private final CudaContext context;
    private final Descriptors descriptors;
    private final MathMode math;
    private final Map<String, Plan> plans = new HashMap<>();

    Convolutions(CudaContext context, Descriptors descriptors, MathMode math) {
        this.context = context;
        this.descriptors = descriptors;
        this.math = math;
    }

    void forward(Step.Convolution c, int batch, Pointer x, Pointer w, Pointer y) {
        Plan p = plan(c, batch, true);
        CudaContext.cudnnCheck(cudnnConvolutionForward(context.cudnn, ONE, p.x(), x, p.w(), w, p.conv(), p.algorithm(),
                context.workspace(p.workspace()), p.workspace(), ZERO, p.y(), y), "cudnnConvolutionForward " + c.name());
    }

    void backwardData(Step.Convolution c, int batch, Pointer w, Pointer dy, Pointer dx) {
        Plan p = plan(c, batch, false);
        CudaContext.cudnnCheck(cudnnConvolutionBackwardData(context.cudnn, ONE, p.w(), w, p.y(), dy, p.conv(),
                p.algorithm(), context.workspace(p.workspace()), p.workspace(), ZERO, p.x(), dx),
                "cudnnConvolutionBackwardData " + c.name());
    }

    private Plan plan(Step.Convolution c, int batch, boolean forward) {
        return plans.computeIfAbsent(c.name() + "/" + c.layer() + "/" + batch + "/" + forward, k -> {
            cudnnTensorStruct x = descriptors.tensor(batch, c.in().channels(), c.in().height(), c.in().width(), false);
            cudnnTensorStruct y = descriptors.tensor(batch, c.out().channels(), c.out().height(), c.out().width(), false);
            cudnnFilterStruct w = descriptors.filter(c);
            cudnnConvolutionStruct conv = new cudnnConvolutionStruct();
            CudaContext.cudnnCheck(cudnnCreateConvolutionDescriptor(conv), "cudnnCreateConvolutionDescriptor");
            CudaContext.cudnnCheck(cudnnSetConvolution2dDescriptor(conv, c.padding()[0], c.padding()[1], c.stride()[0],
                    c.stride()[1], c.dilation()[0], c.dilation()[1], CUDNN_CROSS_CORRELATION, CUDNN_DATA_FLOAT),
                    "cudnnSetConvolution2dDescriptor " + c.name());
            setMath(conv, math == MathMode.EXACT ? CUDNN_FMA_MATH : CUDNN_DEFAULT_MATH);
            int[] found = new int[1];
            int algorithm;
            long workspace;
            int mathType;
            if (forward) {
                cudnnConvolutionFwdAlgoPerf_t perf = new cudnnConvolutionFwdAlgoPerf_t(CANDIDATES);
                CudaContext.cudnnCheck(cudnnGetConvolutionForwardAlgorithm_v7(context.cudnn, x, w, conv, y, CANDIDATES,
                        found, perf), "cudnnGetConvolutionForwardAlgorithm_v7 " + c.name());
                int i = firstSuccess(found[0], j -> perf.getPointer(j).status());
                algorithm = perf.getPointer(i).algo();
                workspace = perf.getPointer(i).memory();
                mathType = perf.getPointer(i).mathType();
            } else {
                cudnnConvolutionBwdDataAlgoPerf_t perf = new cudnnConvolutionBwdDataAlgoPerf_t(CANDIDATES);
                CudaContext.cudnnCheck(cudnnGetConvolutionBackwardDataAlgorithm_v7(context.cudnn, w, y, conv, x,
                        CANDIDATES, found, perf), "cudnnGetConvolutionBackwardDataAlgorithm_v7 " + c.name());
                int i = firstSuccess(found[0], j -> perf.getPointer(j).status());
                algorithm = perf.getPointer(i).algo();
                workspace = perf.getPointer(i).memory();
                mathType = perf.getPointer(i).mathType();
            }
            // exact mode keeps FMA whatever the ranking reports; otherwise the algorithm's own math
            setMath(conv, math == MathMode.EXACT ? CUDNN_FMA_MATH : mathType);
            return new Plan(x, w, conv, y, algorithm, workspace);
        });
    }

    private static int firstSuccess(int found, java.util.function.IntUnaryOperator status) {
        for (int i = 0; i < found; i++) {
            if (status.applyAsInt(i) == 0) {
                return i;
            }
        }
        throw new CudaException("cuDNN offers no algorithm for this convolution");
    }

    private static void setMath(cudnnConvolutionStruct conv, int type) {
        CudaContext.cudnnCheck(cudnnSetConvolutionMathType(conv, type), "cudnnSetConvolutionMathType");
    }

    @Override
    public void close() {
        plans.values().forEach(p -> cudnnDestroyConvolutionDescriptor(p.conv()));
        plans.clear();
    }
}
