package xspace.gpu.cuda;

/** A CUDA, cuDNN, cuBLAS or NVRTC call that failed, with the call named and the library's message. */
public final class CudaException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CudaException(String message) {
        super(message);
    }
}
