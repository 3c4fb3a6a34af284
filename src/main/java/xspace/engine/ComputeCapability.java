package xspace.engine;

/**
 * A CUDA compute capability, e.g. 8.6, and whether ND4J 1.0.0-M2.1's CUDA kernels can run on it.
 * Those kernels are compiled for sm_37, 50, 52, 60, 61, 70, 75, 80 and 86 with no PTX, and a
 * kernel binary runs only on devices of the same major version with an equal or higher minor
 * version: so 3.7 to 8.9 run them, while Hopper (9.0) and newer fail with "no kernel image is
 * available for execution on the device".
 */
public record ComputeCapability(int major, int minor) implements Comparable<ComputeCapability> {

    private static final int[][] KERNEL_TARGETS = {{3, 7}, {5, 0}, {5, 2}, {6, 0}, {6, 1}, {7, 0}, {7, 5}, {8, 0}, {8, 6}};

    /** Parses {@code "8.6"}; a clear error for anything else. */
    public static ComputeCapability parse(String text) {
        String[] parts = text.trim().split("\\.");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            return new ComputeCapability(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected a compute capability like 8.6, found '" + text + "'");
        }
    }

    /** Whether one of ND4J's CUDA kernel binaries runs on a device of this capability. */
    public boolean runsNd4jCudaKernels() {
        for (int[] target : KERNEL_TARGETS) {
            if (target[0] == major && minor >= target[1]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int compareTo(ComputeCapability other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
