package xspace.model;

import java.util.List;

/**
 * The shape of a VGG-style network: blocks of 3×3 convolutions with ReLU, each block closed by a
 * 2×2 max-pool, then fully-connected layers with ReLU and dropout, then the class scores. The
 * first fully-connected layer is named {@value #Z_LAYER}, as in VGG19, and is the default Z.
 *
 * @param inputSize   square input side in pixels
 * @param blockWidths channels of each convolutional block
 * @param convsPerBlock convolutions in each block (one entry per block)
 * @param fcWidths    widths of the fully-connected layers before the class scores
 * @param classes     number of classes
 * @param dropout     probability of dropping a unit before each fully-connected layer after the first
 */
public record CnnSpec(int inputSize, List<Integer> blockWidths, List<Integer> convsPerBlock, List<Integer> fcWidths,
        int classes, double dropout) {

    public static final String Z_LAYER = "fc6";
    public static final String OUTPUT_LAYER = "predictions";

    public CnnSpec {
        blockWidths = List.copyOf(blockWidths);
        convsPerBlock = List.copyOf(convsPerBlock);
        if (convsPerBlock.size() != blockWidths.size()) {
            throw new IllegalArgumentException(blockWidths.size() + " blocks but " + convsPerBlock.size()
                    + " convolution counts");
        }
        fcWidths = List.copyOf(fcWidths);
        if (fcWidths.isEmpty()) {
            throw new IllegalArgumentException("at least one fully-connected layer (Z) is needed");
        }
        if (inputSize >> blockWidths.size() < 1) {
            throw new IllegalArgumentException("input of " + inputSize + " px is too small for "
                    + blockWidths.size() + " pooling blocks");
        }
    }

    /** The same network with other fully-connected widths (the first is Z), e.g. a wider Z. */
    public CnnSpec withFcWidths(List<Integer> widths) {
        if (widths.stream().anyMatch(w -> w == null || w < 1)) {
            throw new IllegalArgumentException("fully-connected widths must be positive, found " + widths);
        }
        return new CnnSpec(inputSize, blockWidths, convsPerBlock, widths, classes, dropout);
    }

    /** The demo network: small enough to train on two CPU cores in minutes. */
    public static CnnSpec demo(int inputSize, int classes) {
        return new CnnSpec(inputSize, List.of(16, 32, 64, 64), List.of(1, 1, 1, 1), List.of(256, 128), classes, 0.3);
    }

    /** VGG19's layout (ImageNet widths) for a given input size and class count. */
    public static CnnSpec vgg19(int inputSize, int classes) {
        return new CnnSpec(inputSize, List.of(64, 128, 256, 512, 512), List.of(2, 2, 4, 4, 4), List.of(4096, 4096), classes,
                0.5);
    }
}
