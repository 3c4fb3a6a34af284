package xspace.engine;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

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

    /** What the process needs beside the heap and the native buffers: JVM code, threads, native libraries. */
    public static final long HEADROOM = 512L << 20;
    /** Milliseconds between garbage collections that ND4J may trigger to free native buffers. */
    private static final long COLLECTION_WINDOW_MS = 3000;

    private static final ReentrantReadWriteLock COLLECTION = new ReentrantReadWriteLock();
    private static final AtomicLong collections = new AtomicLong();

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

    /**
     * Lets ND4J collect garbage every few seconds while it allocates. Without it the native buffers
     * of finished operations pile up to the limit above, where every allocation waits for a full
     * collection; with it the process stays far below the limit at a cost of a collection of a
     * mostly empty heap every {@value #COLLECTION_WINDOW_MS} ms. Starts ND4J.
     */
    public static void collectPeriodically() {
        org.nd4j.linalg.factory.Nd4j.getMemoryManager().setAutoGcWindow((int) COLLECTION_WINDOW_MS);
        org.nd4j.linalg.factory.Nd4j.getMemoryManager().togglePeriodicGc(true);
    }

    /**
     * Frees the native buffers of arrays that are no longer referenced, now: a collection of a
     * mostly empty heap. For loops that make many small arrays (an explanation module's epoch:
     * thousands), whose buffers would otherwise wait for a collection that a heap that hardly fills
     * seldom triggers, so that the process grew to the bounds above (docs/benchmarks.md, Memory of
     * module training). Costs milliseconds.
     */
    public static void releaseGarbage() {
        long seen = collections.get();
        alone(() -> {
            // a collection that another job made while this one waited has freed the same garbage
            if (collections.get() == seen) {
                System.gc();
                collections.incrementAndGet();
            }
            return null;
        });
    }

    /**
     * A point between two steps of {@link #uninterrupted} work where a collection that another
     * thread waits for goes ahead: without it the collection waits for the whole work, and jobs
     * that collect between their epochs move in lockstep, the faster waiting for the slower.
     */
    public static void betweenSteps() {
        if (COLLECTION.getReadHoldCount() == 0 || !COLLECTION.hasQueuedThreads()) {
            return;
        }
        // a reader asking while a writer waits queues behind it, so the collection runs first
        reacquireReads(releaseReads());
    }

    /** Gives back this thread's read holds; returns how many it had. */
    private static int releaseReads() {
        int held = COLLECTION.getReadHoldCount();
        for (int i = 0; i < held; i++) {
            COLLECTION.readLock().unlock();
        }
        return held;
    }

    private static void reacquireReads(int held) {
        for (int i = 0; i < held; i++) {
            COLLECTION.readLock().lock();
        }
    }

    /**
     * Runs work while every job running {@link #uninterrupted} waits between its steps: for work
     * that allocates large arrays (heatmaps of a network) amid jobs of small ones, since JavaCPP
     * collects garbage when an allocation reaches its bound, and a collection while another job's
     * native code runs can crash it (see {@link #uninterrupted}).
     */
    public static <T, E extends Exception> T alone(Work<T, E> work) throws E {
        int held = releaseReads();
        COLLECTION.writeLock().lock();
        try {
            return work.run();
        } finally {
            COLLECTION.writeLock().unlock();
            reacquireReads(held);
        }
    }

    /** Something in force until closed. */
    public interface Suspension extends AutoCloseable {
        @Override
        void close();
    }

    /** A piece of work on ND4J arrays. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T run() throws E;
    }

    /**
     * Runs ND4J work that {@link #releaseGarbage} in another thread waits for: a collection while
     * native code runs can free a buffer whose Java owner the compiler already counts as dead
     * (seen as a crash in ND4J's broadcast with two modules trained at once). Collections asked for
     * inside the work itself go ahead between its steps, and those of other threads where the work
     * says it is {@link #betweenSteps}.
     */
    public static <T, E extends Exception> T uninterrupted(Work<T, E> work) throws E {
        COLLECTION.readLock().lock();
        try {
            return work.run();
        } finally {
            COLLECTION.readLock().unlock();
        }
    }

    /**
     * Stops ND4J's own periodic collections (which start from whichever thread allocates, in the
     * middle of other threads' work) until closed; for jobs that release their garbage with
     * {@link #releaseGarbage} between steps.
     */
    public static Suspension collectOnlyBetweenSteps() {
        var manager = org.nd4j.linalg.factory.Nd4j.getMemoryManager();
        boolean periodic = manager.isPeriodicGcActive();
        manager.togglePeriodicGc(false);
        return () -> manager.togglePeriodicGc(periodic);
    }

    /**
     * The bounds on the running process.
     *
     * @param maxBytes         JavaCPP's bound on native buffers (0: none)
     * @param maxPhysicalBytes JavaCPP's bound on the whole process, heap included (0: none)
     * @param maxHeap          the heap's bound ({@code -Xmx}), up to which the heap may grow
     */
    public record Limits(long maxBytes, long maxPhysicalBytes, long maxHeap) {
    }

    /** The bounds in force (settings given after the first ND4J class loaded have no effect). */
    public static Limits current() {
        return new Limits(org.bytedeco.javacpp.Pointer.maxBytes(), org.bytedeco.javacpp.Pointer.maxPhysicalBytes(),
                Runtime.getRuntime().maxMemory());
    }
}
