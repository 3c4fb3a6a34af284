/**
 * The GPU executor of the explained CNN: an executor plan made from the DL4J network (which
 * library call runs which layer, with shapes), the forward pass and batched (contrastive)
 * Excitation Backprop written once against a {@link xspace.gpu.Device}, and the choice of
 * whether to run it. The CUDA implementation of the device lives in {@code xspace.gpu.cuda} and
 * is loaded only after the choice has found CUDA 13 and a capable GPU, so that nothing here
 * needs CUDA to load, test or run on the CPU. Free of any user-interface toolkit.
 */
package xspace.gpu;
