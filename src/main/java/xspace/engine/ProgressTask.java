package xspace.engine;

/**
 * One piece of long work (training, extraction, heatmaps, evaluation) written once and run by
 * the app in the background, by the command line with a progress bar, or synchronously in tests.
 *
 * @param <T> what the work produces
 */
@FunctionalInterface
public interface ProgressTask<T> {

    T run(TaskMonitor monitor) throws Exception;
}
