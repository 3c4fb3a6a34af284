package xspace.app.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import xspace.engine.ExportFolder;
import xspace.engine.FileErrors;
import xspace.engine.ProgressTask;
import xspace.engine.TaskMonitor;

/**
 * Runs {@link ProgressTask}s as {@link Task}s on background threads: progress and messages reach
 * the status bar, Cancel reaches the work through {@link TaskMonitor#isCancelled()}, results and
 * errors come back on the FX thread. Work started for a slot (the selected image, the current
 * module) cancels the work still running for that slot, so that only the latest choice counts.
 * Writes of what experts give (names, notes, votes) go apart: see {@link #write}.
 */
public final class BackgroundTasks {

    private static final Logger LOG = LoggerFactory.getLogger(BackgroundTasks.class);
    /** A write waits up to a minute for another process's lock (the workspace database's write wait), then fails. */
    private static final Duration WRITES_WAITED_FOR = Duration.ofSeconds(70);

    private final ExecutorService executor;
    /** One thread: writes reach the database in the order they were given, whatever else runs. */
    private final ExecutorService writer;
    private final Set<Task<?>> writes = new HashSet<>();
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final Map<String, Task<?>> slots = new HashMap<>();
    private final List<Consumer<String>> errors = new ArrayList<>();

    public BackgroundTasks(int threads) {
        AtomicInteger count = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "xspace-background-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "xspace-writer");
            t.setDaemon(true);
            return t;
        });
    }

    /** Where failures are reported (the status bar, a dialog); each hears every failure. */
    public void onError(Consumer<String> reporter) {
        errors.add(reporter);
    }

    /** The tasks not finished yet, most recent last; only changed on the FX thread. */
    public ObservableList<Task<?>> running() {
        return running;
    }

    /** Starts the work; {@code done} runs on the FX thread with its result unless it fails or is cancelled. */
    public <T> Task<T> run(String slot, String title, ProgressTask<T> work, Consumer<T> done) {
        Task<T> task = new MonitoredTask<>(title, work);
        if (executor.isShutdown()) {
            // The window is closing: controls losing focus may still ask for work that no one will see.
            task.cancel(false);
            return task;
        }
        Task<?> previous = slots.remove(slot);
        if (previous != null) {
            previous.cancel(false);
        }
        slots.put(slot, task);
        start(slot, title, task, done, executor);
        return task;
    }

    /**
     * Writes what an expert gave (a name, a note, a vote): one write at a time in the order given,
     * on a thread no computation holds up, never cancelled (neither Cancel nor another choice
     * stops it) and waited for when the window closes.
     */
    public Task<Void> write(String title, ProgressTask<Void> work, Runnable done) {
        Task<Void> task = new MonitoredTask<>(title, work);
        if (writer.isShutdown()) {
            task.run();
            if (task.getException() != null) {
                LOG.error(title + " failed as the window closed", task.getException());
            }
            return task;
        }
        writes.add(task);
        start(null, title, task, result -> done.run(), writer);
        return task;
    }

    private <T> void start(String slot, String title, Task<T> task, Consumer<T> done, ExecutorService on) {
        running.add(task);
        task.setOnSucceeded(e -> {
            finish(slot, task);
            if (on == executor && executor.isShutdown()) {
                // Finished as the window closed: no one will see it (a workspace opened now would
                // outlive the window, its database open and its views drawing).
                closeUnseen(title, task.getValue());
                return;
            }
            done.accept(task.getValue());
        });
        task.setOnCancelled(e -> finish(slot, task));
        task.setOnFailed(e -> {
            finish(slot, task);
            Throwable error = task.getException();
            String failure = title + " failed: " + FileErrors.reason(error);
            errors.forEach(reporter -> reporter.accept(failure));
            if (error instanceof ExportFolder.Refused) {
                LOG.warn(failure); // the user's choice of folder: the message says it all
            } else {
                LOG.error(failure, error);
            }
        });
        try {
            on.execute(task);
        } catch (RejectedExecutionException closing) {
            // Shut down between the check above and now (the window closing on another thread).
            task.cancel(false);
            finish(slot, task);
        }
    }

    /**
     * As {@link #run}, but {@code done} runs only if each of {@code inputs} still holds the value it
     * had when the work started: a result computed for a workspace, class or module the user has
     * since left is dropped rather than shown under the new one.
     */
    public <T> Task<T> runWhileCurrent(List<? extends ObservableValue<?>> inputs, String slot, String title,
            ProgressTask<T> work, Consumer<T> done) {
        List<Object> before = inputs.stream().map(ObservableValue::getValue).map(v -> (Object) v).toList();
        return run(slot, title, work, result -> {
            for (int i = 0; i < before.size(); i++) {
                if (!Objects.equals(inputs.get(i).getValue(), before.get(i))) {
                    return;
                }
            }
            done.accept(result);
        });
    }

    private static void closeUnseen(String title, Object result) {
        if (result instanceof AutoCloseable resource) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.warn("{}: its result, finished as the window closed, did not close: {}", title, e.toString());
            }
        }
    }

    private void finish(String slot, Task<?> task) {
        running.remove(task);
        writes.remove(task);
        if (slot != null) {
            slots.remove(slot, task);
        }
    }

    /** Cancels every computation; writes go on. Returns whether any was still running to cancel. */
    boolean cancelAll() {
        return List.copyOf(running).stream().filter(t -> !writes.contains(t))
                .map(t -> t.cancel(false)).reduce(false, Boolean::logicalOr);
    }

    /**
     * Cancels the computations and waits for the writes given so far; a write given after this
     * runs at once on the calling thread (a field losing its focus as the window closes).
     */
    public void shutdown() {
        cancelAll();
        executor.shutdownNow();
        writer.shutdown();
        try {
            if (!writer.awaitTermination(WRITES_WAITED_FOR.toSeconds(), TimeUnit.SECONDS)) {
                LOG.error("writes still running after {}: the database keeps what each finished", WRITES_WAITED_FOR);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A {@link Task} that hands the work a monitor backed by the task's own progress and cancellation. */
    private static final class MonitoredTask<T> extends Task<T> {

        private final ProgressTask<T> work;

        MonitoredTask(String title, ProgressTask<T> work) {
            this.work = work;
            updateTitle(title);
            updateMessage(title);
        }

        @Override
        protected T call() throws Exception {
            return work.run(new TaskMonitor() {
                @Override
                public void progress(double fraction, String message) {
                    updateProgress(fraction, 1);
                    updateMessage(message);
                }

                @Override
                public boolean isCancelled() {
                    return MonitoredTask.this.isCancelled();
                }
            });
        }
    }
}
