/**
 * The CUDA device of the GPU executor, through JavaCPP's CUDA 13 presets: cuDNN for convolution,
 * pooling, activation and layout changes, cuBLAS for products, NVRTC-compiled kernels for the
 * element-wise steps of Excitation Backprop. Only {@code xspace.gpu.GpuExecutors} names this
 * package, reflectively, once the executor has been chosen, so that a machine without CUDA never
 * loads a class of it.
 */
package xspace.gpu.cuda;
