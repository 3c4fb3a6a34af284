package xspace.gpu.cuda;

import static org.bytedeco.cuda.global.cublas.CUBLAS_DEFAULT_MATH;
import static org.bytedeco.cuda.global.cublas.CUBLAS_OP_N;
import static org.bytedeco.cuda.global.cublas.CUBLAS_OP_T;
import static org.bytedeco.cuda.global.cublas.CUBLAS_PEDANTIC_MATH;
import static org.bytedeco.cuda.global.cublas.CUBLAS_TF32_TENSOR_OP_MATH;
import static org.bytedeco.cuda.global.cublas.cublasSetMathMode;
import static org.bytedeco.cuda.global.cublas.cublasSgemmStridedBatched;
import static org.bytedeco.cuda.global.cublas.cublasSgemm_v2;
import static org.bytedeco.cuda.global.cudnn.cudnnActivationForward;
import static org.bytedeco.cuda.global.cudnn.cudnnAddTensor;
import static org.bytedeco.cuda.global.cudnn.cudnnPoolingBackward;
import static org.bytedeco.cuda.global.cudnn.cudnnPoolingForward;
import static org.bytedeco.cuda.global.cudnn.cudnnTransformTensor;

import org.bytedeco.cuda.cudnn.cudnnTensorStruct;
import org.bytedeco.javacpp.FloatPointer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import xspace.gpu.Activation;
import xspace.gpu.Device;
import xspace.gpu.MathMode;
import xspace.gpu.Shape;
import xspace.gpu.Step;

/**
 * The GPU executor's device on one NVIDIA GPU: cuDNN for convolution, pooling, activation, bias
 * and layout changes, cuBLAS for products and channel sums, NVRTC kernels for the rest.
 * Made reflectively by {@code xspace.gpu.GpuExecutors} with the GPU's index and the math mode.
 */
public final class CudaDevice implements Device {

    private static final FloatPointer ONE = new FloatPointer(1f);
    private static final FloatPointer ZERO = new FloatPointer(0f);

    private record Memory(FloatPointer pointer, long floats) implements Buffer {
    }

    private final CudaContext context;
    private final MathMode math;
    private final Descriptors descriptors = new Descriptors();
    private final Convolutions convolutions;
    private final ExcitationKernels kernels;
    private Memory ones;

    public CudaDevice(int gpu, MathMode math) {
        this.context = new CudaContext(gpu);
        this.math = math;
        int blas = math == MathMode.EXACT ? CUBLAS_PEDANTIC_MATH
                : context.major >= 8 ? CUBLAS_TF32_TENSOR_OP_MATH : CUBLAS_DEFAULT_MATH;
        CudaContext.cublasCheck(cublasSetMathMode(context.cublas, blas), "cublasSetMathMode");
        this.convolutions = new Convolutions(context, descriptors, math);
        this.kernels = new ExcitationKernels();
    }

    private static FloatPointer p(Buffer b) {
        return b == null ? null : ((Memory) b).pointer();
    }

    @Override
    public void attach() {
        context.attach();
    }

    @Override
    public Buffer allocate(long floats) {
        return new Memory(context.allocate(floats), floats);
    }

    @Override
    public void free(Buffer buffer) {
        context.free(p(buffer));
    }

    @Override
    public void upload(float[] values, Buffer into) {
        context.upload(values, p(into));
    }

    /** A dense float array in C order goes from its own memory, with no copy on the Java heap. */
    @Override
    public void upload(INDArray values, Buffer into) {
        if (values.dataType() == DataType.FLOAT && values.ordering() == 'c' && !values.isView()
                && values.data().length() == values.length()) {
            context.upload(values.data().addressPointer(), values.length() * Float.BYTES, p(into));
        } else {
            Device.super.upload(values, into);
        }
    }

    @Override
    public float[] download(Buffer from, long floats) {
        return context.download(p(from), floats);
    }

    @Override
    public void copy(Buffer from, long fromOffset, Buffer to, long toOffset, long floats) {
        context.copy(p(from), fromOffset, p(to), toOffset, floats);
    }

    @Override
    public void convolution(Step.Convolution step, int batch, Buffer x, Buffer w, Buffer y) {
        convolutions.forward(step, batch, p(x), p(w), p(y));
    }

    @Override
    public void convolutionBackwardData(Step.Convolution step, int batch, Buffer w, Buffer dy, Buffer dx) {
        convolutions.backwardData(step, batch, p(w), p(dy), p(dx));
    }

    @Override
    public void pooling(Step.Pooling step, int batch, Buffer x, Buffer y) {
        try (FloatPointer scale = new FloatPointer(Descriptors.poolingScale(step))) {
            CudaContext.cudnnCheck(cudnnPoolingForward(context.cudnn, descriptors.pooling(step), scale,
                    map(batch, step.in()), p(x), ZERO, map(batch, step.out()), p(y)), "cudnnPoolingForward " + step.name());
        }
    }

    @Override
    public void poolingBackward(Step.Pooling step, int batch, Buffer x, Buffer y, Buffer dy, Buffer dx) {
        cudnnTensorStruct in = map(batch, step.in());
        cudnnTensorStruct out = map(batch, step.out());
        try (FloatPointer scale = new FloatPointer(Descriptors.poolingScale(step))) {
            CudaContext.cudnnCheck(cudnnPoolingBackward(context.cudnn, descriptors.pooling(step), scale, out, p(y), out,
                    p(dy), in, p(x), ZERO, in, p(dx)), "cudnnPoolingBackward " + step.name());
        }
    }

    @Override
    public void addBias(int batch, Shape shape, Buffer bias, Buffer y) {
        CudaContext.cudnnCheck(cudnnAddTensor(context.cudnn, ONE, descriptors.tensor(1, shape.channels(), 1, 1, false),
                p(bias), ONE, map(batch, shape), p(y)), "cudnnAddTensor");
    }

    @Override
    public void activate(Activation function, long count, Buffer x) {
        if (function == Activation.IDENTITY) {
            return;
        }
        cudnnTensorStruct all = descriptors.tensor(1, 1, 1, Math.toIntExact(count), false);
        CudaContext.cudnnCheck(cudnnActivationForward(context.cudnn, descriptors.activation(function), ONE, all, p(x),
                ZERO, all, p(x)), "cudnnActivationForward");
    }

    /** Row-major products as cuBLAS's column-major ones: (A·B)ᵀ = Bᵀ·Aᵀ needs no transposition in memory. */
    @Override
    public void matmul(int rows, int inner, int cols, Buffer a, Buffer b, boolean transposeB, Buffer c) {
        CudaContext.cublasCheck(cublasSgemm_v2(context.cublas, transposeB ? CUBLAS_OP_T : CUBLAS_OP_N, CUBLAS_OP_N,
                cols, rows, inner, ONE, p(b), transposeB ? inner : cols, p(a), inner, ZERO, p(c), cols), "cublasSgemm");
    }

    @Override
    public void permute(int batch, Shape shape, boolean toChannelsLast, Buffer from, Buffer to) {
        cudnnTensorStruct first = map(batch, shape);
        cudnnTensorStruct last = descriptors.tensor(batch, shape.channels(), shape.height(), shape.width(), true);
        CudaContext.cudnnCheck(cudnnTransformTensor(context.cudnn, ONE, toChannelsLast ? first : last, p(from), ZERO,
                toChannelsLast ? last : first, p(to)), "cudnnTransformTensor");
    }

    /** Per row, the [C × H·W] block times a vector of ones: one strided batched product. */
    @Override
    public void channelSum(int rows, Shape shape, Buffer x, Buffer out) {
        int area = shape.height() * shape.width();
        if (ones == null || ones.floats() < shape.channels()) {
            if (ones != null) {
                free(ones);
            }
            ones = (Memory) allocate(shape.channels());
            float[] values = new float[shape.channels()];
            java.util.Arrays.fill(values, 1f);
            upload(values, ones);
        }
        CudaContext.cublasCheck(cublasSgemmStridedBatched(context.cublas, CUBLAS_OP_N, CUBLAS_OP_N, area, 1,
                shape.channels(), ONE, p(x), area, (long) shape.channels() * area, ones.pointer(), shape.channels(), 0,
                ZERO, p(out), area, area, rows), "cublasSgemmStridedBatched");
    }

    @Override
    public void ratio(long count, long period, Buffer p, Buffer n, Buffer out) {
        kernels.ratio(count, period, p(p), p(n), p(out));
    }

    @Override
    public void multiply(long count, long period, Buffer g, Buffer a) {
        kernels.multiply(count, period, p(g), p(a));
    }

    @Override
    public void topSignal(int batch, int inputs, int targets, Buffer a, Buffer w, Buffer n, Buffer dualW, Buffer dualN,
            Buffer out) {
        kernels.topSignal(batch, inputs, targets, p(a), p(w), p(n), p(dualW), p(dualN), p(out));
    }

    private cudnnTensorStruct map(int batch, Shape shape) {
        return descriptors.tensor(batch, shape.channels(), shape.height(), shape.width(), false);
    }

    @Override
    public String describe() {
        return "GPU " + context.device + " (" + context.name + ", compute capability " + context.major + "."
                + context.minor + "), " + context.versions() + "; cuDNN and cuBLAS through JavaCPP; math: "
                + math.describe(context.major);
    }

    @Override
    public String summary() {
        return context.name + ", " + math.label(context.major);
    }

    @Override
    public void close() {
        context.attach();
        if (ones != null) {
            free(ones);
        }
        kernels.close();
        convolutions.close();
        descriptors.close();
        context.close();
    }
}
