package xspace.gpu.cuda;

import static org.bytedeco.cuda.global.cudnn.CUDNN_ACTIVATION_CLIPPED_RELU;
import static org.bytedeco.cuda.global.cudnn.CUDNN_ACTIVATION_RELU;
import static org.bytedeco.cuda.global.cudnn.CUDNN_ACTIVATION_SIGMOID;
import static org.bytedeco.cuda.global.cudnn.CUDNN_ACTIVATION_TANH;
import static org.bytedeco.cuda.global.cudnn.CUDNN_DATA_FLOAT;
import static org.bytedeco.cuda.global.cudnn.CUDNN_NOT_PROPAGATE_NAN;
import static org.bytedeco.cuda.global.cudnn.CUDNN_POOLING_AVERAGE_COUNT_EXCLUDE_PADDING;
import static org.bytedeco.cuda.global.cudnn.CUDNN_POOLING_AVERAGE_COUNT_INCLUDE_PADDING;
import static org.bytedeco.cuda.global.cudnn.CUDNN_POOLING_MAX_DETERMINISTIC;
import static org.bytedeco.cuda.global.cudnn.CUDNN_TENSOR_NCHW;
import static org.bytedeco.cuda.global.cudnn.CUDNN_TENSOR_NHWC;
import static org.bytedeco.cuda.global.cudnn.cudnnCreateActivationDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnCreateFilterDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnCreatePoolingDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnCreateTensorDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnDestroyActivationDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnDestroyFilterDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnDestroyPoolingDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnDestroyTensorDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnSetActivationDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnSetFilter4dDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnSetPooling2dDescriptor;
import static org.bytedeco.cuda.global.cudnn.cudnnSetTensor4dDescriptor;

import java.util.HashMap;
import java.util.Map;
import org.bytedeco.cuda.cudnn.cudnnActivationStruct;
import org.bytedeco.cuda.cudnn.cudnnFilterStruct;
import org.bytedeco.cuda.cudnn.cudnnPoolingStruct;
import org.bytedeco.cuda.cudnn.cudnnTensorStruct;
import xspace.gpu.Activation;
import xspace.gpu.Step;

/**
 * cuDNN's tensor, filter, pooling and activation descriptors, made once per shape and kept:
 * the same few shapes recur at every batch.
 */
final class Descriptors implements AutoCloseable {

    private final Map<String, cudnnTensorStruct> tensors = new HashMap<>();
    private final Map<String, cudnnFilterStruct> filters = new HashMap<>();
    private final Map<String, cudnnPoolingStruct> poolings = new HashMap<>();
    private final Map<Activation, cudnnActivationStruct> activations = new HashMap<>();

    /** A dense 4-D float tensor [n, c, h, w], laid out channels-first or channels-last. */
    cudnnTensorStruct tensor(int n, int c, int h, int w, boolean channelsLast) {
        return tensors.computeIfAbsent(n + "," + c + "," + h + "," + w + "," + channelsLast, k -> {
            cudnnTensorStruct t = new cudnnTensorStruct();
            CudaContext.cudnnCheck(cudnnCreateTensorDescriptor(t), "cudnnCreateTensorDescriptor");
            CudaContext.cudnnCheck(cudnnSetTensor4dDescriptor(t, channelsLast ? CUDNN_TENSOR_NHWC : CUDNN_TENSOR_NCHW,
                    CUDNN_DATA_FLOAT, n, c, h, w), "cudnnSetTensor4dDescriptor " + k);
            return t;
        });
    }

    /** Convolution weights in DL4J's [out, in, kH, kW] order (cuDNN's KCRS). */
    cudnnFilterStruct filter(Step.Convolution c) {
        int[] k = c.kernel();
        return filters.computeIfAbsent(c.out().channels() + "," + c.in().channels() + "," + k[0] + "," + k[1], key -> {
            cudnnFilterStruct f = new cudnnFilterStruct();
            CudaContext.cudnnCheck(cudnnCreateFilterDescriptor(f), "cudnnCreateFilterDescriptor");
            CudaContext.cudnnCheck(cudnnSetFilter4dDescriptor(f, CUDNN_DATA_FLOAT, CUDNN_TENSOR_NCHW, c.out().channels(),
                    c.in().channels(), k[0], k[1]), "cudnnSetFilter4dDescriptor " + key);
            return f;
        });
    }

    /**
     * Max pooling routes to one maximum per window (deterministically); average counts the padding
     * in its divisor or not, as the layer does; sum is average with the padding counted, scaled by
     * the window's area (see {@link #poolingScale}).
     */
    cudnnPoolingStruct pooling(Step.Pooling p) {
        int mode = switch (p.kind()) {
            case MAX -> CUDNN_POOLING_MAX_DETERMINISTIC;
            case AVERAGE -> p.countsPadding() ? CUDNN_POOLING_AVERAGE_COUNT_INCLUDE_PADDING
                    : CUDNN_POOLING_AVERAGE_COUNT_EXCLUDE_PADDING;
            case SUM -> CUDNN_POOLING_AVERAGE_COUNT_INCLUDE_PADDING;
        };
        String key = mode + "," + java.util.Arrays.toString(p.kernel()) + java.util.Arrays.toString(p.stride())
                + java.util.Arrays.toString(p.padding());
        return poolings.computeIfAbsent(key, k -> {
            cudnnPoolingStruct d = new cudnnPoolingStruct();
            CudaContext.cudnnCheck(cudnnCreatePoolingDescriptor(d), "cudnnCreatePoolingDescriptor");
            CudaContext.cudnnCheck(cudnnSetPooling2dDescriptor(d, mode, CUDNN_NOT_PROPAGATE_NAN, p.kernel()[0],
                    p.kernel()[1], p.padding()[0], p.padding()[1], p.stride()[0], p.stride()[1]),
                    "cudnnSetPooling2dDescriptor " + p.name());
            return d;
        });
    }

    /** The factor that makes cuDNN's padded average a sum. */
    static float poolingScale(Step.Pooling p) {
        return p.kind() == Step.Pooling.Kind.SUM ? p.kernel()[0] * p.kernel()[1] : 1f;
    }

    cudnnActivationStruct activation(Activation function) {
        return activations.computeIfAbsent(function, f -> {
            int mode = switch (f) {
                case RELU -> CUDNN_ACTIVATION_RELU;
                case RELU6 -> CUDNN_ACTIVATION_CLIPPED_RELU;
                case SIGMOID -> CUDNN_ACTIVATION_SIGMOID;
                case TANH -> CUDNN_ACTIVATION_TANH;
                case IDENTITY -> throw new IllegalArgumentException("the identity needs no call");
            };
            cudnnActivationStruct d = new cudnnActivationStruct();
            CudaContext.cudnnCheck(cudnnCreateActivationDescriptor(d), "cudnnCreateActivationDescriptor");
            CudaContext.cudnnCheck(cudnnSetActivationDescriptor(d, mode, CUDNN_NOT_PROPAGATE_NAN, 6.0),
                    "cudnnSetActivationDescriptor");
            return d;
        });
    }

    @Override
    public void close() {
        tensors.values().forEach(t -> cudnnDestroyTensorDescriptor(t));
        filters.values().forEach(f -> cudnnDestroyFilterDescriptor(f));
        poolings.values().forEach(p -> cudnnDestroyPoolingDescriptor(p));
        activations.values().forEach(a -> cudnnDestroyActivationDescriptor(a));
    }
}
