package xspace.engine;

/**
 * What a long computation reports to and asks of whoever runs it: progress as a fraction with a
 * message, and whether it has been cancelled. The JavaFX application adapts it to a
 * {@code javafx.concurrent.Task}, the command line to a console bar, tests use {@link #NONE}.
 */
public interface TaskMonitor {

    /** A monitor that ignores progress and is never cancelled. */
    TaskMonitor NONE = new TaskMonitor() {
        @Override
        public void progress(double fraction, String message) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };

    /** Reports the fraction done in [0, 1] and what is being done. */
    void progress(double fraction, String message);

    boolean isCancelled();

    /** Reports {@code done} of {@code total} steps. */
    default void progress(long done, long total, String message) {
        progress(total <= 0 ? 1.0 : Math.min(1.0, (double) done / total), message);
    }

    /** Throws {@link CancelledException} when the work has been cancelled; call between steps. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /**
     * A monitor for one stage of the work that maps its own [0, 1] onto [from, to] of this one,
     * so that a job made of stages reports one monotone fraction.
     */
    default TaskMonitor stage(double from, double to) {
        TaskMonitor parent = this;
        return new TaskMonitor() {
            @Override
            public void progress(double fraction, String message) {
                parent.progress(from + (to - from) * Math.max(0, Math.min(1, fraction)), message);
            }

            @Override
            public boolean isCancelled() {
                return parent.isCancelled();
            }
        };
    }
}
