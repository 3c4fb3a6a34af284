package org.nd4j.nativeblas;

/**
 * Where DL4J 1.0.0-M2.1 looks for the CPU backend's oneDNN switch before it lets a convolution,
 * pooling, batch-normalisation or LRN layer run through ND4J's oneDNN operations
 * ({@code org.deeplearning4j.nn.layers.mkldnn.BaseMKLDNNHelper}): the class
 * {@code org.nd4j.nativeblas.Nd4jCpu$Environment} and its {@code isUseMKLDNN()}. ND4J M2.1 moved
 * that class to {@code org.nd4j.linalg.cpu.nativecpu.bindings} and renamed the method
 * {@code isUseONEDNN()}, so without this stand-in the check fails and DL4J falls back to its own
 * im2col and matrix product, several times slower on VGG-sized networks (docs/benchmarks.md).
 * Nothing else reads it; it only answers with the backend's own switch.
 */
public final class Nd4jCpu {

    private Nd4jCpu() {
    }

    /** The one method DL4J calls, answered by the CPU backend's environment. */
    public static final class Environment {

        private static final Environment INSTANCE = new Environment();

        private Environment() {
        }

        public static Environment getInstance() {
            return INSTANCE;
        }

        public boolean isUseMKLDNN() {
            return org.nd4j.linalg.cpu.nativecpu.bindings.Nd4jCpu.Environment.getInstance().isUseONEDNN();
        }
    }
}
