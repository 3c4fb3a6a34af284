package xspace.engine;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;

/**
 * A {@link TaskMonitor} backed by a cancellation flag that another thread may set, forwarding
 * progress to a listener.
 */
public final class CancellationFlag implements TaskMonitor {

    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final BiConsumer<Double, String> listener;

    public CancellationFlag(BiConsumer<Double, String> listener) {
        this.listener = listener;
    }

    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public boolean isCancelled() {
        return cancelled.get();
    }

    @Override
    public void progress(double fraction, String message) {
        listener.accept(fraction, message);
    }
}
