package xspace.engine;

/** Thrown by {@link TaskMonitor#checkCancelled()} to unwind work that the user cancelled. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("cancelled");
    }
}
