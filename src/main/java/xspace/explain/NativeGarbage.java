package xspace.explain;

/**
 * Frees the native buffers of the arrays that a training epoch made and dropped. A module's epoch
 * makes thousands of small ND4J arrays; their native memory is released only when the garbage
 * collector finds them unreachable, and with a heap that hardly fills the collector seldom runs, so
 * a training process grew to JavaCPP's bound (about twice the heap: 12 GB on a 24 GB machine)
 * before anything was freed. A collection of a mostly empty heap after each epoch costs a few
 * milliseconds against an epoch's tenths of a second.
 */
final class NativeGarbage {

    private NativeGarbage() {
    }

    static void collect() {
        System.gc();
    }
}
