package xspace.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Independent jobs on a fixed number of worker threads, reporting one progress fraction (the mean
 * of the jobs' own fractions) and sharing one cancellation: cancelling the caller's monitor or a
 * failing job stops the others at their next check, and the first failure is rethrown.
 */
public final class ParallelJobs {

    /** One unit of work; it reports to, and checks cancellation with, the monitor it is given. */
    @FunctionalInterface
    public interface Job<T> {
        T run(TaskMonitor monitor) throws Exception;
    }

    private ParallelJobs() {
    }

    /** Runs every job and returns the results in the jobs' order; {@code onDone} hears each as it ends. */
    public static <T> List<T> run(List<Job<T>> jobs, int workers, TaskMonitor monitor, Consumer<T> onDone)
            throws IOException {
        if (jobs.isEmpty()) {
            return List.of();
        }
        Progress progress = new Progress(jobs.size(), monitor);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(workers, jobs.size())), r -> {
            Thread thread = new Thread(r, "xspace-job");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < jobs.size(); i++) {
                Job<T> job = jobs.get(i);
                TaskMonitor own = progress.of(i);
                futures.add(pool.submit(() -> {
                    try {
                        own.checkCancelled();
                        T result = job.run(own);
                        synchronized (onDone) {
                            onDone.accept(result);
                        }
                        return result;
                    } catch (Exception | Error e) {
                        progress.failed.set(true);
                        throw e;
                    }
                }));
            }
            return collect(futures, progress);
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> List<T> collect(List<Future<T>> futures, Progress progress) throws IOException {
        List<T> results = new ArrayList<>();
        Throwable first = null;
        for (Future<T> future : futures) {
            try {
                results.add(future.get());
            } catch (ExecutionException e) {
                if (first == null || first instanceof CancelledException) {
                    first = e.getCause();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                progress.failed.set(true);
                first = new CancelledException();
            }
        }
        if (first instanceof IOException io) {
            throw io;
        }
        if (first instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (first instanceof Error error) {
            throw error;
        }
        if (first != null) {
            throw new IOException(first.getMessage(), first);
        }
        return results;
    }

    /** The jobs' fractions, reported to the parent as their mean. */
    private static final class Progress {

        private final double[] fractions;
        private final TaskMonitor parent;
        private final AtomicBoolean failed = new AtomicBoolean();

        Progress(int jobs, TaskMonitor parent) {
            this.fractions = new double[jobs];
            this.parent = parent;
        }

        TaskMonitor of(int job) {
            return new TaskMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    parent.progress(update(job, fraction), message);
                }

                @Override
                public boolean isCancelled() {
                    return failed.get() || parent.isCancelled();
                }
            };
        }

        private synchronized double update(int job, double fraction) {
            fractions[job] = Math.max(0, Math.min(1, fraction));
            double sum = 0;
            for (double f : fractions) {
                sum += f;
            }
            return sum / fractions.length;
        }
    }
}
