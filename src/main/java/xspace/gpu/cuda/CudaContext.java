package xspace.gpu.cuda;

import static org.bytedeco.cuda.global.cublas.cublasCreate_v2;
import static org.bytedeco.cuda.global.cublas.cublasDestroy_v2;

import static org.bytedeco.cuda.global.cudart.cudaDriverGetVersion;
import static org.bytedeco.cuda.global.cudart.cudaFree;
import static org.bytedeco.cuda.global.cudart.cudaGetDeviceProperties;
import static org.bytedeco.cuda.global.cudart.cudaGetErrorString;
import static org.bytedeco.cuda.global.cudart.cudaMalloc;
import static org.bytedeco.cuda.global.cudart.cudaMemcpy;
import static org.bytedeco.cuda.global.cudart.cudaMemcpyDeviceToDevice;
import static org.bytedeco.cuda.global.cudart.cudaMemcpyDeviceToHost;
import static org.bytedeco.cuda.global.cudart.cudaMemcpyHostToDevice;
import static org.bytedeco.cuda.global.cudart.cudaRuntimeGetVersion;
import static org.bytedeco.cuda.global.cudart.cudaSetDevice;
import static org.bytedeco.cuda.global.cudnn.cudnnCreate;
import static org.bytedeco.cuda.global.cudnn.cudnnDestroy;
import static org.bytedeco.cuda.global.cudnn.cudnnGetErrorString;
import static org.bytedeco.cuda.global.cudnn.cudnnGetVersion;

import org.bytedeco.cuda.cublas.cublasContext;
import org.bytedeco.cuda.cudart.cudaDeviceProp;
import org.bytedeco.cuda.cudnn.cudnnContext;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.javacpp.Pointer;

/**
 * One GPU with its cuDNN and cuBLAS handles, device memory and the error checks of every call.
 * All work goes to the default stream, so calls run in order and a copy to the host waits for them.
 */
final class CudaContext implements AutoCloseable {

    final int device;
    final String name;
    final int major;
    final int minor;
    final cudnnContext cudnn = new cudnnContext();
    final cublasContext cublas = new cublasContext();
    private final String versions;
    private FloatPointer workspace = new FloatPointer();
    private long workspaceBytes;

    CudaContext(int device) {
        this.device = device;
        check(cudaSetDevice(device), "cudaSetDevice");
        check(cudaFree(null), "creating the CUDA context");
        int[] driver = new int[1];
        int[] runtime = new int[1];
        check(cudaDriverGetVersion(driver), "cudaDriverGetVersion");
        check(cudaRuntimeGetVersion(runtime), "cudaRuntimeGetVersion");
        if (driver[0] < runtime[0]) {
            throw new CudaException("the NVIDIA driver supports CUDA " + version(driver[0]) + " but the runtime is CUDA "
                    + version(runtime[0]) + "; install driver 580 or newer");
        }
        cudaDeviceProp p = new cudaDeviceProp();
        check(cudaGetDeviceProperties(p, device), "cudaGetDeviceProperties");
        this.name = p.name().getString();
        this.major = p.major();
        this.minor = p.minor();
        cudnnCheck(cudnnCreate(cudnn), "cudnnCreate");
        cublasCheck(cublasCreate_v2(cublas), "cublasCreate");
        this.versions = "CUDA runtime " + version(runtime[0]) + ", driver " + version(driver[0]) + ", cuDNN "
                + cudnnGetVersion();
    }

    String versions() {
        return versions;
    }

    void attach() {
        check(cudaSetDevice(device), "cudaSetDevice");
    }

    FloatPointer allocate(long floats) {
        FloatPointer p = new FloatPointer();
        check(cudaMalloc(p, floats * Float.BYTES), "cudaMalloc of " + floats * Float.BYTES + " bytes");
        return p;
    }

    void free(Pointer p) {
        check(cudaFree(p), "cudaFree");
    }

    void upload(float[] values, Pointer into) {
        try (FloatPointer host = new FloatPointer(values)) {
            check(cudaMemcpy(into, host, (long) values.length * Float.BYTES, cudaMemcpyHostToDevice), "cudaMemcpy to the GPU");
        }
    }

    /** Copies {@code bytes} from host memory that stays the caller's (an ND4J buffer) to the GPU. */
    void upload(Pointer host, long bytes, Pointer into) {
        check(cudaMemcpy(into, host, bytes, cudaMemcpyHostToDevice), "cudaMemcpy to the GPU");
    }

    float[] download(Pointer from, long floats) {
        try (FloatPointer host = new FloatPointer(floats)) {
            check(cudaMemcpy(host, from, floats * Float.BYTES, cudaMemcpyDeviceToHost), "cudaMemcpy from the GPU");
            float[] values = new float[Math.toIntExact(floats)];
            host.get(values);
            return values;
        }
    }

    void copy(FloatPointer from, long fromOffset, FloatPointer to, long toOffset, long floats) {
        check(cudaMemcpy(FloatOffsets.at(to, toOffset), FloatOffsets.at(from, fromOffset), floats * Float.BYTES,
                cudaMemcpyDeviceToDevice), "cudaMemcpy on the GPU");
    }

    /** Scratch memory for cuDNN of at least {@code bytes}, shared by every call (they run one after another). */
    Pointer workspace(long bytes) {
        if (bytes > workspaceBytes) {
            free(workspace);
            workspace = allocate((bytes + 3) / 4);
            workspaceBytes = bytes;
        }
        return workspace;
    }

    static void check(int status, String call) {
        if (status != 0) {
            throw new CudaException(call + " failed: " + cudaGetErrorString(status).getString() + " (" + status + ")");
        }
    }

    static void cudnnCheck(int status, String call) {
        if (status != 0) {
            throw new CudaException(call + " failed: " + cudnnGetErrorString(status).getString() + " (" + status + ")");
        }
    }

    static void cublasCheck(int status, String call) {
        if (status != 0) {
            throw new CudaException(call + " failed with cuBLAS status " + status);
        }
    }

    private static String version(int v) {
        return v / 1000 + "." + v % 1000 / 10;
    }

    @Override
    public void close() {
        attach();
        free(workspace);
        cudnnDestroy(cudnn);
        cublasDestroy_v2(cublas);
    }
}
