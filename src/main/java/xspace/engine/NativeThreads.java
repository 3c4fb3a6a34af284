package xspace.engine;

import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.nativeblas.NativeOpsHolder;

/**
 * A scoped limit on the threads that one ND4J operation may use. Small matrices (explanation
 * modules) spend most of an operation's time starting and joining threads, so several jobs with
 * one thread each get far more done than one job with all threads; closing restores the earlier
 * limits. The limits are process-wide: use it only where no other heavy ND4J work runs meanwhile.
 */
public final class NativeThreads implements AutoCloseable {

    private final int threads;
    private final int masterThreads;
    private final int blasThreads;

    private NativeThreads(int limit) {
        // Nd4j first: it loads the backend that NativeOpsHolder needs.
        masterThreads = Nd4j.getEnvironment().maxMasterThreads();
        threads = NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads();
        blasThreads = Nd4j.factory().blas().getMaxThreads();
        apply(limit, limit, limit);
    }

    /** Limits every operation to {@code limit} threads until {@link #close()}. */
    public static NativeThreads limit(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("a thread limit must be at least 1, not " + limit);
        }
        return new NativeThreads(limit);
    }

    @Override
    public void close() {
        apply(threads, masterThreads, blasThreads);
    }

    private static void apply(int threads, int masterThreads, int blasThreads) {
        NativeOpsHolder.getInstance().getDeviceNativeOps().setOmpNumThreads(threads);
        Nd4j.getEnvironment().setMaxMasterThreads(masterThreads);
        Nd4j.factory().blas().setMaxThreads(blasThreads);
    }
}
