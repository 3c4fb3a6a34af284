package xspace.engine;

/**
 * Bounds the memory that ND4J's native buffers may take. Those buffers live outside the Java heap
 * and are freed only when the garbage collector finds their owners unreachable; with a large heap
 * that seldom fills, the collector rarely runs and the process grows to tens of gigabytes. JavaCPP
 * collects garbage and retries when a limit is reached, so explicit limits keep the process
 * bounded. Must run before the first ND4J class loads; settings given on the command line win.
 */
public final class NativeMemory {

    public static final String MAX_BYTES = "org.bytedeco.javacpp.maxBytes";
    public static final String MAX_PHYSICAL_BYTES = "org.bytedeco.javacpp.maxPhysicalBytes";

    private static final long HEADROOM = 512L << 20;

    private NativeMemory() {
    }

    /**
     * Off-heap buffers at most the size of the heap, and the whole process (heap, buffers and the
     * rest) at most twice the heap plus {@value #HEADROOM} bytes: {@code -Xmx} sets both.
     */
    public static void limitByDefault() {
        long heap = Runtime.getRuntime().maxMemory();
        if (System.getProperty(MAX_BYTES) == null) {
            System.setProperty(MAX_BYTES, Long.toString(heap));
        }
        if (System.getProperty(MAX_PHYSICAL_BYTES) == null) {
            System.setProperty(MAX_PHYSICAL_BYTES, Long.toString(2 * heap + HEADROOM));
        }
    }
}
