package xspace.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A computation that finishes as the window closes: its result is not shown, and closed if it holds resources. */
class BackgroundTasksShutdownTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aResultThatArrivesAfterClosingIsNotShownButClosed() throws Exception {
        BackgroundTasks tasks = new BackgroundTasks(2);
        AtomicBoolean shown = new AtomicBoolean();
        AtomicBoolean closed = new AtomicBoolean();
        AutoCloseable opened = () -> closed.set(true);
        WaitForAsyncUtils.asyncFx(() -> {
            Task<AutoCloseable> task = tasks.run("open", "Opening", monitor -> opened, result -> shown.set(true));
            // Done off this thread, its success waits behind this very runnable: the window closes first.
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!task.isDone() && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
            tasks.shutdown();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(shown).as("the result shown").isFalse();
        assertThat(closed).as("the result closed").isTrue();
    }
}
