package xspace.gpu.cuda;

import static org.bytedeco.cuda.global.cudart.cuLaunchKernel;
import static org.bytedeco.cuda.global.cudart.cuModuleGetFunction;
import static org.bytedeco.cuda.global.cudart.cuModuleLoadData;
import static org.bytedeco.cuda.global.cudart.cuModuleUnload;
import static org.bytedeco.cuda.global.nvrtc.nvrtcCompileProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcCreateProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcDestroyProgram;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetPTX;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetPTXSize;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetProgramLog;
import static org.bytedeco.cuda.global.nvrtc.nvrtcGetProgramLogSize;

import org.bytedeco.cuda.cudart.CUfunc_st;
import org.bytedeco.cuda.cudart.CUmod_st;
import org.bytedeco.cuda.nvrtc._nvrtcProgram;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.LongPointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.javacpp.PointerPointer;
import org.bytedeco.javacpp.SizeTPointer;

/**
 * The element-wise steps of Excitation Backprop as three kernels compiled at run time by NVRTC
 * (to PTX, which the driver compiles for whatever GPU this is): the ratio P ⊘ N with 0 where
 * N ≤ 0, the product with the input activations, and the top layer's target-minus-dual signal.
 * Each divides as the CPU path does, multiplying by 1/N. Indices are 64-bit, loops grid-strided.
 */
final class ExcitationKernels implements AutoCloseable {

    private static final String SOURCE = """
            #define EACH(count) for (long long i = blockIdx.x * (long long) blockDim.x + threadIdx.x; i < (count); \\
                    i += (long long) blockDim.x * gridDim.x)
            __device__ float share(float p, float n) { return n > 0.f ? p * (1.f / n) : 0.f; }
            extern "C" __global__ void ratio(const float* p, const float* n, float* out, long long count,
                    long long period) {
                EACH(count) { out[i] = share(p[i], n[i % period]); }
            }
            extern "C" __global__ void multiply(float* g, const float* a, long long count, long long period) {
                EACH(count) { g[i] *= a[i % period]; }
            }
            extern "C" __global__ void top_signal(const float* a, const float* w, const float* n, const float* dw,
                    const float* dn, float* out, int batch, int inputs, int targets, int contrastive) {
                EACH((long long) targets * batch * inputs) {
                    int k = (int) (i % inputs);
                    long long row = i / inputs;
                    int b = (int) (row % batch);
                    int t = (int) (row / batch);
                    float v = share(w[(long long) k * targets + t], n[b * targets + t]);
                    if (contrastive) {
                        v -= share(dw[(long long) k * targets + t], dn[b * targets + t]);
                    }
                    out[i] = a[(long long) b * inputs + k] * v;
                }
            }
            """;
    private static final int THREADS = 256;

    private final CUmod_st module = new CUmod_st();
    private final CUfunc_st ratio = new CUfunc_st();
    private final CUfunc_st multiply = new CUfunc_st();
    private final CUfunc_st topSignal = new CUfunc_st();

    ExcitationKernels() {
        _nvrtcProgram program = new _nvrtcProgram();
        nvrtc(nvrtcCreateProgram(program, new BytePointer(SOURCE), new BytePointer("excitation.cu"), 0,
                (PointerPointer<?>) null, (PointerPointer<?>) null), "nvrtcCreateProgram");
        try {
            // PTX for CUDA 13's oldest architecture: the driver compiles it for this GPU, whichever
            if (nvrtcCompileProgram(program, 1, new PointerPointer<>("--gpu-architecture=compute_75")) != 0) {
                SizeTPointer size = new SizeTPointer(1);
                nvrtcGetProgramLogSize(program, size);
                BytePointer log = new BytePointer(size.get());
                nvrtcGetProgramLog(program, log);
                throw new CudaException("NVRTC could not compile the Excitation Backprop kernels: " + log.getString());
            }
            SizeTPointer size = new SizeTPointer(1);
            nvrtc(nvrtcGetPTXSize(program, size), "nvrtcGetPTXSize");
            BytePointer ptx = new BytePointer(size.get());
            nvrtc(nvrtcGetPTX(program, ptx), "nvrtcGetPTX");
            CudaContext.check(cuModuleLoadData(module, ptx), "cuModuleLoadData");
        } finally {
            nvrtcDestroyProgram(program);
        }
        CudaContext.check(cuModuleGetFunction(ratio, module, "ratio"), "cuModuleGetFunction ratio");
        CudaContext.check(cuModuleGetFunction(multiply, module, "multiply"), "cuModuleGetFunction multiply");
        CudaContext.check(cuModuleGetFunction(topSignal, module, "top_signal"), "cuModuleGetFunction top_signal");
    }

    void ratio(long count, long period, Pointer p, Pointer n, Pointer out) {
        launch(ratio, count, "ratio", address(p), address(n), address(out), new LongPointer(1).put(count),
                new LongPointer(1).put(period));
    }

    void multiply(long count, long period, Pointer g, Pointer a) {
        launch(multiply, count, "multiply", address(g), address(a), new LongPointer(1).put(count),
                new LongPointer(1).put(period));
    }

    void topSignal(int batch, int inputs, int targets, Pointer a, Pointer w, Pointer n, Pointer dualW, Pointer dualN,
            Pointer out) {
        launch(topSignal, (long) batch * inputs * targets, "top_signal", address(a), address(w), address(n),
                address(dualW), address(dualN), address(out), new IntPointer(1).put(batch), new IntPointer(1).put(inputs),
                new IntPointer(1).put(targets), new IntPointer(1).put(dualW == null ? 0 : 1));
    }

    private static void launch(CUfunc_st function, long count, String name, Pointer... arguments) {
        int blocks = (int) Math.max(1, Math.min((count + THREADS - 1) / THREADS, 1 << 20));
        try (PointerPointer<Pointer> parameters = new PointerPointer<>(arguments)) {
            CudaContext.check(cuLaunchKernel(function, blocks, 1, 1, THREADS, 1, 1, 0, null, parameters, null),
                    "cuLaunchKernel " + name);
        }
    }

    /** A kernel argument holding a device address (0 for none). */
    private static LongPointer address(Pointer devicePointer) {
        return new LongPointer(1).put(devicePointer == null ? 0L : devicePointer.address());
    }

    private static void nvrtc(int status, String call) {
        if (status != 0) {
            throw new CudaException(call + " failed with NVRTC status " + status);
        }
    }

    @Override
    public void close() {
        cuModuleUnload(module);
    }
}
