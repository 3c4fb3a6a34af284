package xspace.engine;

import org.nd4j.linalg.factory.Nd4j;

/**
 * Loads ND4J's native backend while the process has one thread. Its CPU factory asks JavaCPP for
 * the BLAS functions ({@code Loader.addressof}), which looks them up inside the C library's walk
 * over the loaded libraries: that holds the loader's list lock and then wants its load lock, the
 * reverse of the order in which any concurrent {@code dlopen} takes them. Loaded on a background
 * thread while another thread loads a library (AWT's for a first image, JavaFX's GTK modules), the
 * two threads waited for each other for good, and the JVM with them (a thread resolving a native
 * method waited on the same lock, so no safepoint could be reached): the application's first
 * start hung with a blank window. Loaded first, on the main thread, nothing else loads meanwhile.
 */
public final class NativeBackendStart {

    private NativeBackendStart() {
    }

    /** Loads the backend now; a backend that cannot load is left to say so where it is first used. */
    public static void beforeOtherThreads() {
        try {
            Nd4j.factory();
        } catch (RuntimeException | LinkageError e) {
            // Commands without ND4J (synth, dataset, votes) still run; the others report the error.
        }
    }
}
